import Foundation

/// Decides who and what may be shown on the public screens. Every view gets its cards from here, so
/// consent is applied in one place.
public struct PublicDirectory: Sendable, Hashable {
  /// Everyone who may be shown on the cards screen: pinned cards first (newest first), then roster
  /// entries in roster order. A roster entry is left out when a shown pinned card has the same name.
  public let people: [DisplayCard]
  /// For each topic of the event, in event order, the pinned cards that may be shown (oldest first).
  public let wall: [(topic: Topic, cards: [DisplayCard])]
  /// Values the screens work out from this directory, kept until it changes.
  public let memo = DirectoryMemo()

  /// Who among `people` shares a contact, and how long their vCards are: worked out when a screen
  /// first asks (only screens with a contact code do), then kept in `memo`.
  public var peopleContacts: SharedContacts {
    memo.value(for: Derived.peopleContacts) { SharedContacts(people) }
  }

  /// The same for the cards of each pane of `wall`, in the same order (their vCards are measured once,
  /// as part of `peopleContacts`).
  public var wallContacts: [SharedContacts] {
    memo.value(for: Derived.wallContacts) {
      let known = peopleContacts.lengthsByID(in: people)
      return wall.map { SharedContacts($0.cards, known: known) }
    }
  }

  /// What the directory keeps in its memo.
  private enum Derived: Hashable, Sendable { case peopleContacts, wallContacts }

  public static func == (a: PublicDirectory, b: PublicDirectory) -> Bool {
    a.people == b.people && a.wall.map(\.topic) == b.wall.map(\.topic) && a.wall.map(\.cards) == b.wall.map(\.cards)
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(people) }

  public init(config: EventConfig, roster: [Attendee], live: LiveState) {
    let titles = Dictionary(config.topics.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    let shownCards = live.cards.filter { $0.showCard && !$0.hidden }
    let pinned = shownCards.sorted { $0.pinnedAt > $1.pinnedAt }.map { card in
      DisplayCard(
        id: "card:\(card.id)", name: card.name, title: card.title, company: card.company,
        topics: [titles[card.topicID] ?? card.topicID], offer: card.offer, seek: card.seek,
        contact: card.shareContact && !card.contact.isEmpty ? card.contact : nil, isPinned: true)
    }
    let pinnedByID = Dictionary(pinned.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let pinnedNames = Set(pinned.map { NameKey.fold($0.name) })
    let fromRoster = roster.filter { Self.mayShow($0, policy: config.privacy) }
      .filter { !pinnedNames.contains(NameKey.fold($0.name)) }
      .map { person in
        DisplayCard(
          id: "roster:\(person.line)", name: person.name, title: person.title, company: person.company,
          topics: person.topics.map { titles[$0] ?? $0 }, offer: person.offer, seek: person.seek,
          contact: person.shareContact == true && !person.contact.isEmpty ? person.contact : nil)
      }
    people = pinned + fromRoster
    wall = config.topics.map { topic in
      let cards = shownCards.filter { $0.topicID == topic.id }.sorted { $0.pinnedAt < $1.pinnedAt }
      return (topic, cards.compactMap { pinnedByID["card:\($0.id)"] })
    }
  }

  /// Whether a roster entry may appear on the screens under `policy`. An explicit "no" always wins.
  public static func mayShow(_ person: Attendee, policy: RosterPrivacy) -> Bool {
    switch policy {
    case .consented: person.showCard == true
    case .all: person.showCard != false
    case .none: false
    }
  }
}
