import EventState
import KioskUI
import Testing

@Suite struct CardsScreenTests {
  let ada = Demo.directory.people.first { $0.name == "Ada Quill" }!

  @Test func aCardShowsEverythingItsOwnerShares() {
    let buffer = render(CardView(card: ada), width: 40, height: 9)
    #expect(buffer.lines == [
      "╭──────────────────────────────────────╮",
      "│  AQ  Ada Quill                       │",
      "│      Partner · Northwind Ventures    │",
      "│      For investors                   │",
      "│                                      │",
      "│ Can help: Intros to seed funds       │",
      "│ Looking for: Climate founders        │",
      "│ ada@northwind.example                │",
      "╰──────────────────────────────────────╯",
    ])
    #expect(buffer.role(of: "AQ", onRow: 1) == .avatar)
    #expect(buffer.role(of: "Ada Quill", onRow: 1) == .cardName)
    #expect(buffer.role(of: "Partner", onRow: 2) == .cardRole)
    #expect(buffer.role(of: "For investors", onRow: 3) == .cardTopic)
    #expect(buffer.role(of: "Can help:", onRow: 5) == .muted)
    #expect(buffer.role(of: "Intros", onRow: 5) == .cardOffer)
    #expect(buffer.role(of: "Climate", onRow: 6) == .cardSeek)
    #expect(buffer.role(of: "ada@", onRow: 7) == .cardContact)
  }

  @Test func aShortCardKeepsNameRoleAndWhatTheyOffer() {
    let buffer = render(CardView(card: ada), width: 40, height: 5)
    #expect(buffer.trimmedLines == [
      "╭──────────────────────────────────────╮",
      "│  AQ  Ada Quill                       │",
      "│      Partner · Northwind Ventures    │",
      "│ Can help: Intros to seed funds       │",
      "╰──────────────────────────────────────╯",
    ])
  }

  @Test func aCutFieldEndsInAnEllipsis() {
    let card = DisplayCard(id: "x", name: "Rosa Meyer", offer: "Textile supply chain know-how and sourcing in Portugal")
    let buffer = render(CardView(card: card), width: 30, height: 4)
    #expect(buffer.trimmedLines == [
      "╭────────────────────────────╮",
      "│  RM  Rosa Meyer            │",
      "│ Can help: Textile supply…  │",
      "╰────────────────────────────╯",
    ])
  }

  @Test func aLongRoleWrapsUnderTheNameWhenThereIsRoomAndIsCutWhenNot() {
    let card = DisplayCard(id: "x", name: "Leila Haddad", title: "Policy Lead", company: "Carbon Markets Initiative", offer: "EU rules")
    #expect(render(CardView(card: card), width: 36, height: 7).trimmedLines == [
      "╭──────────────────────────────────╮",
      "│  LH  Leila Haddad                │",
      "│      Policy Lead · Carbon        │",
      "│      Markets Initiative          │",
      "│                                  │",
      "│ Can help: EU rules               │",
      "╰──────────────────────────────────╯",
    ])
    #expect(render(CardView(card: card), width: 36, height: 5).trimmedLines == [
      "╭──────────────────────────────────╮",
      "│  LH  Leila Haddad                │",
      "│      Policy Lead · Carbon…       │",
      "│ Can help: EU rules               │",
      "╰──────────────────────────────────╯",
    ])
  }

  @Test func aContactThatIsNotSharedIsNotShown() {
    let eunji = Demo.directory.people.first { $0.name == "Eun-ji Park" }!
    #expect(eunji.contact == nil)
    let buffer = render(CardView(card: eunji), width: 40, height: 10)
    #expect(buffer.text.contains("Term sheet questions"))
    #expect(!buffer.text.contains("@"))
  }

  @Test func wideCharactersAreMeasuredAsTwoColumns() {
    let card = DisplayCard(id: "x", name: "林美玲 🎤", title: "デザイナー", company: "東京スタジオ株式会社", offer: "ブランドとUXの相談")
    let buffer = render(CardView(card: card), width: 30, height: 5)
    #expect(buffer.trimmedLines == [
      "╭────────────────────────────╮",
      "│  林  林美玲 🎤             │",
      "│      デザイナー · 東京ス…  │",
      "│ Can help: ブランドとUXの…  │",
      "╰────────────────────────────╯",
    ])
    #expect(layoutProblems(buffer) == [])
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func theGridHasTwoByTwoCardsAt80x24() {
    let slots = CardsScreen(people: Demo.directory.people, visit: 1, screenSeconds: 20).slots(in: Rect(x: 1, y: 4, width: 78, height: 19), glyphs: .unicode)
    #expect(slots.count == 4)
    #expect(slots.map(\.width) == [38, 38, 38, 38])
    #expect(Set(slots.map(\.y)).count == 2)
  }

  @Test func theGridUsesCardsOfAtLeastThirtyColumns() {
    let screen = CardsScreen(people: Demo.directory.people, visit: 1, screenSeconds: 20)
    #expect(Set(screen.slots(in: Rect(x: 0, y: 0, width: 156, height: 40), glyphs: .unicode).map(\.x)).count == 4)
    #expect(Set(screen.slots(in: Rect(x: 0, y: 0, width: 316, height: 80), glyphs: .unicode).map(\.x)).count == 8)
    let portrait = screen.slots(in: Rect(x: 0, y: 0, width: 58, height: 90), glyphs: .unicode)
    #expect(Set(portrait.map(\.x)) == [0])
    #expect(portrait.allSatisfy { $0.width == 58 })
  }

  @Test func rowsThatLeaveRoomAreSpreadOutAndCentred() {
    let area = Rect(x: 0, y: 0, width: 156, height: 41)
    let slots = CardsScreen(people: Demo.directory.people, visit: 1, screenSeconds: 20).slots(in: area, glyphs: .unicode)
    let tops = Array(Set(slots.map(\.y))).sorted()
    let height = slots[0].height
    #expect(tops.count == 3)
    #expect(tops[1] - tops[0] == tops[2] - tops[1])
    #expect(tops[1] - tops[0] - height > 1)
    let above = tops[0], below = area.maxY - (tops[2] + height)
    #expect(abs(above - below) <= 1)
  }

  @Test func pagesTurnEveryEightSeconds() {
    let screen = CardsScreen(people: Demo.directory.people, visit: 1, screenSeconds: 20)
    let first = render(screen, width: 78, height: 22)
    #expect(first.trimmedLines[0] == "People · 23                                                           page 1/6")
    #expect(first.text.contains("Wen Li"))
    let second = render(screen, width: 78, height: 22, context: Demo.context(elapsed: 8))
    #expect(second.trimmedLines[0].hasSuffix("page 2/6"))
    #expect(second.text.contains(Demo.directory.people[4].name))
    #expect(!second.text.contains("Wen Li"))
  }

  @Test func theNextVisitContinuesWherTheLastOneStopped() {
    let screen = CardsScreen(people: Demo.directory.people, visit: 2, screenSeconds: 20)
    let buffer = render(screen, width: 78, height: 22)
    #expect(buffer.trimmedLines[0].hasSuffix("page 4/6"))
    #expect(buffer.text.contains(Demo.directory.people[12].name))
  }

  @Test func withNobodyToShowItSaysHowToAppear() {
    let buffer = render(CardsScreen(people: [], visit: 1, screenSeconds: 20), width: 78, height: 12)
    #expect(buffer.trimmedLines[0] == "People · 0")
    #expect(buffer.trimmedLines.contains { $0.hasSuffix("No cards to show yet") })
    #expect(buffer.text.contains("Everyone who agrees to be shown appears here."))
  }
}
