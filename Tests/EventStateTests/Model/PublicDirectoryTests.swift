import Foundation
import Testing

@testable import EventState

@Suite struct PublicDirectoryTests {
  let config = EventConfig(
    name: "Meetup",
    topics: [Topic(id: "investors", title: "For investors"), Topic(id: "legal", title: "For lawyers")])
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  func card(_ id: String, _ name: String, topic: String = "investors", show: Bool = true, share: Bool = false, hidden: Bool = false, at offset: Double = 0) -> PinnedCard {
    PinnedCard(
      id: id, topicID: topic, name: name, contact: "\(id)@example.com", showCard: show, shareContact: share,
      hidden: hidden, pinnedAt: t0.addingTimeInterval(offset))
  }

  @Test func rosterEntriesNeedConsentUnderTheDefaultPolicy() {
    let roster = [
      Attendee(name: "Yes", showCard: true, line: 2), Attendee(name: "No", showCard: false, line: 3),
      Attendee(name: "Unknown", line: 4),
    ]
    let names = { (policy: RosterPrivacy) -> [String] in
      var c = config
      c.privacy = policy
      return PublicDirectory(config: c, roster: roster, live: LiveState()).people.map(\.name)
    }
    #expect(names(.consented) == ["Yes"])
    #expect(names(.all) == ["Yes", "Unknown"])
    #expect(names(.none) == [])
  }

  @Test func contactsAppearOnlyWhenShared() {
    let roster = [
      Attendee(name: "Shares", contact: "s@x.org", showCard: true, shareContact: true, line: 2),
      Attendee(name: "Keeps", contact: "k@x.org", showCard: true, shareContact: false, line: 3),
      Attendee(name: "Silent", contact: "q@x.org", showCard: true, line: 4),
    ]
    let live = LiveState(cards: [card("a", "Pinned shares", share: true), card("b", "Pinned keeps")])
    let people = PublicDirectory(config: config, roster: roster, live: live).people
    let contacts = Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0.contact) })
    #expect(contacts["Shares"] == .some("s@x.org"))
    #expect(contacts["Keeps"] == .some(nil))
    #expect(contacts["Silent"] == .some(nil))
    #expect(contacts["Pinned shares"] == .some("a@example.com"))
    #expect(contacts["Pinned keeps"] == .some(nil))
  }

  @Test func cardsNotToBeShownOrHiddenNeverAppear() {
    let live = LiveState(cards: [
      card("a", "Shown"), card("b", "Private", show: false), card("c", "Hidden", hidden: true),
    ])
    let directory = PublicDirectory(config: config, roster: [], live: live)
    #expect(directory.people.map(\.name) == ["Shown"])
    #expect(directory.wall.map { $0.cards.map(\.name) } == [["Shown"], []])
  }

  @Test func theWallListsEachTopicsCardsOldestFirst() {
    let live = LiveState(cards: [
      card("b", "Second", at: 20), card("a", "First", at: 10), card("l", "Lawyer", topic: "legal", at: 5),
    ])
    let directory = PublicDirectory(config: config, roster: [], live: live)
    #expect(directory.wall.map(\.topic.id) == ["investors", "legal"])
    #expect(directory.wall[0].cards.map(\.name) == ["First", "Second"])
    #expect(directory.wall[1].cards.map(\.name) == ["Lawyer"])
    #expect(directory.wall[1].cards[0].topics == ["For lawyers"])
  }

  @Test func aPinnedCardReplacesTheSamePersonsRosterEntry() {
    let roster = [Attendee(name: "José Núñez", showCard: true, line: 2), Attendee(name: "Other", showCard: true, line: 3)]
    let live = LiveState(cards: [card("a", "jose nunez")])
    let people = PublicDirectory(config: config, roster: roster, live: live).people
    #expect(people.map(\.name) == ["jose nunez", "Other"])
    #expect(people[0].isPinned)
  }

  @Test func pinnedCardsComeFirstNewestFirstThenTheRosterInItsOrder() {
    let roster = [Attendee(name: "Zoe", topics: ["legal"], showCard: true, line: 2), Attendee(name: "Yann", showCard: true, line: 3)]
    let live = LiveState(cards: [card("a", "Old", at: 1), card("c", "New", topic: "legal", at: 30), card("b", "Mid", topic: "other", at: 10)])
    let people = PublicDirectory(config: config, roster: roster, live: live).people
    #expect(people.map(\.name) == ["New", "Mid", "Old", "Zoe", "Yann"])
    #expect(people.map(\.topics) == [["For lawyers"], ["other"], ["For investors"], ["For lawyers"], []])
    #expect(people.map(\.id) == ["card:c", "card:b", "card:a", "roster:2", "roster:3"])
  }

  /// A reload or a new pin makes a new directory: what the screens worked out for each card that is
  /// still there unchanged is taken over, so only the changed cards are worked out again.
  @Test func aDirectoryThatReplacesAnotherTakesOverWhatWasWorkedOutForUnchangedCards() {
    let roster = (2..<6).map { Attendee(name: "Person \($0)", showCard: true, line: $0) }
    let before = PublicDirectory(config: config, roster: roster, live: LiveState())
    func workedOut(_ directory: PublicDirectory) -> [String] {
      var names: [String] = []
      directory.memo.forEachCard("test", compute: { card in names.append(card.name); return 0 }) { _, _ in true }
      return names
    }
    #expect(workedOut(before).count == 4)
    var edited = roster
    edited[1].offer = "Intros"
    let live = LiveState(cards: [card("a", "Pinner")])
    let after = PublicDirectory(config: config, roster: edited, live: live, replacing: before)
    #expect(workedOut(after) == ["Pinner", "Person 3"])
    #expect(workedOut(PublicDirectory(config: config, roster: edited, live: live)).count == 5, "a directory of its own starts afresh")
  }

  @Test func initialsComeFromTheFirstAndLastName() {
    #expect(DisplayCard(id: "1", name: "Ada King Lovelace").initials == "AL")
    #expect(DisplayCard(id: "1", name: "Mei").initials == "M")
    #expect(DisplayCard(id: "1", name: "陈 美").initials == "陈美")
    #expect(DisplayCard(id: "1", name: "").initials == "")
  }
}
