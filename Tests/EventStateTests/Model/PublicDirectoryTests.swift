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

  @Test func initialsComeFromTheFirstAndLastName() {
    #expect(DisplayCard(id: "1", name: "Ada King Lovelace").initials == "AL")
    #expect(DisplayCard(id: "1", name: "Mei").initials == "M")
    #expect(DisplayCard(id: "1", name: "陈 美").initials == "陈美")
    #expect(DisplayCard(id: "1", name: "").initials == "")
  }
}
