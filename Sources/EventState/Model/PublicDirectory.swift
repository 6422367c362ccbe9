import Foundation

/// Decides who and what may be shown on the public screens. Every view gets its cards from here, so
/// consent is applied in one place.
public struct PublicDirectory: Sendable, Hashable {
  /// Everyone who may be shown on the cards screen: pinned cards first (newest first), then roster
  /// entries in roster order. A roster entry is left out when a shown pinned card has the same name.
  public let people: [DisplayCard]
  /// For each topic of the event, in event order, the pinned cards that may be shown (oldest first).
  public let wall: [(topic: Topic, cards: [DisplayCard])]
  /// Values the screens work out from this directory, kept until it changes (and, for values worked
  /// out card by card, for the cards that a directory replacing this one keeps).
  public let memo: DirectoryMemo

  /// Who among `people` shares a contact, and how long their vCards are: worked out when a screen
  /// first asks (only screens with a contact code do), then kept in `memo`, card by card.
  public var peopleContacts: SharedContacts {
    memo.value(for: Derived.peopleContacts) {
      var sharers: [SharedContacts.Sharer] = []
      memo.forEachCard(Derived.vCardLengths, compute: SharedContacts.Lengths.init(card:)) { index, lengths in
        if let lengths { sharers.append(SharedContacts.Sharer(index: index, lengths: lengths)) }
        return true
      }
      return SharedContacts(sharers: sharers)
    }
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
  private enum Derived: Hashable, Sendable { case peopleContacts, wallContacts, vCardLengths }

  public static func == (a: PublicDirectory, b: PublicDirectory) -> Bool {
    a.people == b.people && a.wall.map(\.topic) == b.wall.map(\.topic) && a.wall.map(\.cards) == b.wall.map(\.cards)
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(people) }

  /// Who and what of `roster` and `live` may be shown under `config`. A directory made to replace
  /// `previous` takes over what `previous` worked out for each card it still has unchanged.
  public init(config: EventConfig, roster: [Attendee], live: LiveState, replacing previous: PublicDirectory? = nil) {
    // Thousands of people: the cards are handled by index rather than copied while sorted, and every
    // card with the same topics shares one array of their titles.
    var topicTitles = TopicTitles(config.topics)
    let cards = live.cards
    let shown = cards.indices.filter { cards[$0].showCard && !cards[$0].hidden }
    let faces = shown.map { index in
      let card = cards[index]
      return DisplayCard(
        id: "card:\(card.id)", name: card.name, title: card.title, company: card.company,
        topics: topicTitles.titles(of: [card.topicID]), offer: card.offer, seek: card.seek,
        contact: card.shareContact && !card.contact.isEmpty ? card.contact : nil, isPinned: true)
    }
    var people = shown.indices.sorted { cards[shown[$0]].pinnedAt > cards[shown[$1]].pinnedAt }.map { faces[$0] }
    let pinnedNames = Set(people.map { NameKey.fold($0.name) })
    for person in roster where Self.mayShow(person, policy: config.privacy) && !pinnedNames.contains(NameKey.fold(person.name)) {
      people.append(
        DisplayCard(
          id: "roster:\(person.line)", name: person.name, title: person.title, company: person.company,
          topics: topicTitles.titles(of: person.topics), offer: person.offer, seek: person.seek,
          contact: person.shareContact == true && !person.contact.isEmpty ? person.contact : nil))
    }
    self.people = people
    wall = config.topics.map { topic in
      let onTopic = shown.indices.filter { cards[shown[$0]].topicID == topic.id }
      return (topic, onTopic.sorted { cards[shown[$0]].pinnedAt < cards[shown[$1]].pinnedAt }.map { faces[$0] })
    }
    memo = DirectoryMemo(cards: people, carryingFrom: previous?.memo)
  }

  /// The titles of lists of topic ids (an id that is not a topic of the event stands for itself), one
  /// array per distinct list.
  private struct TopicTitles {
    /// Each topic's title by its id (the first, should two topics share an id).
    let titleByID: [String: String]
    /// The titles made so far, by their list of ids.
    var made: [[String]: [String]] = [:]

    /// Titles from the event's `topics`.
    init(_ topics: [Topic]) {
      titleByID = Dictionary(topics.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// The titles of `ids`, in order.
    mutating func titles(of ids: [String]) -> [String] {
      if let known = made[ids] { return known }
      let titles = ids.map { titleByID[$0] ?? $0 }
      made[ids] = titles
      return titles
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
