import Foundation
import Testing

@testable import EventState

@Suite struct SharedContactsTests {
  static let cards = [
    DisplayCard(id: "a", name: "Ada Quill", company: "Northwind", offer: "Intros", contact: "ada@northwind.example"),
    DisplayCard(id: "b", name: "Bruno Sato", offer: "Rust advice"),
    DisplayCard(id: "c", name: "Chiara Benedetti", title: "Designer", seek: "Teams; early, please", contact: "+39 06 1234"),
    DisplayCard(id: "d", name: "Ada Quill", company: "Northwind", offer: "Intros", contact: "ada@northwind.example"),
  ]

  @Test func everySharerHasTheLengthsOfItsVCardsAndOthersAreLeftOut() {
    let contacts = SharedContacts(Self.cards)
    #expect(contacts.sharers.map(\.index) == [0, 2, 3])
    for sharer in contacts.sharers {
      let card = Self.cards[sharer.index]
      #expect(sharer.lengths.full == VCard(card: card)!.text.utf8.count)
      #expect(sharer.lengths.essentials == VCard(card: card, detail: .essentials)!.text.utf8.count)
    }
  }

  @Test func eachLengthIsListedOnceLongestFirstWithACardThatHasIt() {
    let contacts = SharedContacts(Self.cards)
    let lengths = contacts.texts.map(\.length)
    #expect(lengths == Array(Set(lengths)).sorted(by: >))
    #expect(lengths.count == 4, "Ada twice has the same two lengths")
    for text in contacts.texts {
      #expect(VCard(card: Self.cards[text.index], detail: text.detail)!.text.utf8.count == text.length)
    }
  }

  @Test func knownLengthsAreTakenInsteadOfBuildingTheVCards() {
    let known = ["a": SharedContacts.Lengths(full: 900, essentials: 500)]
    let contacts = SharedContacts(Self.cards, known: known)
    #expect(contacts.sharers.first?.lengths == known["a"])
    #expect(contacts.texts.first?.length == 900)
  }

  @Test func lengthsByIDCarryOverToAnotherListOfTheSameCards() {
    let contacts = SharedContacts(Self.cards)
    let byID = contacts.lengthsByID(in: Self.cards)
    #expect(byID.keys.sorted() == ["a", "c", "d"])
    let pane = SharedContacts([Self.cards[2]], known: byID)
    #expect(pane.sharers == [SharedContacts.Sharer(index: 0, lengths: byID["c"]!)])
  }

  @Test func aCardsLengthsAreThoseOfItsVCardsAndNoneWithoutAContact() {
    let lengths = SharedContacts.Lengths(card: Self.cards[2])
    #expect(lengths?.full == VCard(card: Self.cards[2])!.text.utf8.count)
    #expect(lengths?.essentials == VCard(card: Self.cards[2], detail: .essentials)!.text.utf8.count)
    #expect(SharedContacts.Lengths(card: Self.cards[1]) == nil)
    #expect(SharedContacts.Lengths(card: DisplayCard(id: "e", name: "Empty", contact: "")) == nil)
  }

  @Test func sharersWorkedOutElsewhereGiveTheSameListAsTheCards() {
    let contacts = SharedContacts(Self.cards)
    #expect(SharedContacts(sharers: contacts.sharers) == contacts)
  }

  @Test func theDirectoryWorksOutThePeoplesAndEachPanesSharers() {
    let config = EventConfig(
      name: "E", topics: [Topic(id: "t", title: "T", summary: ""), Topic(id: "u", title: "U", summary: "")])
    let now = Date(timeIntervalSince1970: 0)
    let shared = PinnedCard(id: "1", topicID: "t", name: "Sam", contact: "sam@example.org", showCard: true, shareContact: true, code: "ACDE", pinnedAt: now)
    let kept = PinnedCard(id: "2", topicID: "u", name: "Kim", contact: "kim@example.org", showCard: true, shareContact: false, code: "ACDF", pinnedAt: now)
    let directory = PublicDirectory(config: config, roster: [], live: LiveState(cards: [shared, kept], queue: [], announcements: []))
    #expect(directory.peopleContacts.sharers.map { directory.people[$0.index].name } == ["Sam"])
    #expect(directory.wallContacts.map { $0.sharers.count } == [1, 0])
  }

  @Test func aDirectoryThatReplacesAnotherGivesTheSameSharersAsANewOne() {
    let config = EventConfig(name: "E", topics: [Topic(id: "t", title: "T", summary: "")])
    let now = Date(timeIntervalSince1970: 0)
    let sam = PinnedCard(id: "1", topicID: "t", name: "Sam", contact: "sam@example.org", showCard: true, shareContact: true, code: "ACDE", pinnedAt: now)
    var kim = PinnedCard(id: "2", topicID: "t", name: "Kim", contact: "kim@example.org", showCard: true, shareContact: true, code: "ACDF", pinnedAt: now)
    let before = PublicDirectory(config: config, roster: [], live: LiveState(cards: [sam, kim], queue: [], announcements: []))
    _ = before.peopleContacts
    kim.contact = "kim.longer.address@example.org"
    let live = LiveState(cards: [sam, kim], queue: [], announcements: [])
    let after = PublicDirectory(config: config, roster: [], live: live, replacing: before)
    #expect(after.peopleContacts == PublicDirectory(config: config, roster: [], live: live).peopleContacts)
    #expect(after.peopleContacts != before.peopleContacts)
  }
}
