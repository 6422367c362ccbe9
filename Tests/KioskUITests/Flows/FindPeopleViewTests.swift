import EventState
import KioskUI
import Testing

@Suite struct FindPeopleViewTests {
  func searching(_ query: String, selection: Int = 0) -> FindPeople {
    var find = FindPeople()
    find.query = TextInput(query, limit: FindPeople.queryLimit)
    find.selection = selection
    return find
  }

  func rendered(_ find: FindPeople, people: [DisplayCard] = Flows.people, width: Int = 80, height: Int = 21) -> CellBuffer {
    render(FindPeopleView(find: find, people: people), width: width, height: height)
  }

  @Test func beforeTypingItSaysWhatCanBeSearched() {
    let buffer = rendered(FindPeople())
    #expect(buffer.shows("Find people"))
    #expect(buffer.text.contains("Type part of a name, company, topic…"))
    #expect(!buffer.text.contains("Ada Quill"))
  }

  @Test func resultsFollowTheQueryWithTheChosenOneHighlighted() {
    let buffer = rendered(searching("northwind", selection: 1))
    #expect(buffer.text.contains("│ northwind█"))
    let first = buffer.row(containing: "Oscar Lindqvist — Scout · Northwind Ventures · For investors")
    let second = buffer.row(containing: "Ada Quill — Partner · Northwind Ventures · For investors")
    #expect(first != nil && second != nil, "\(buffer.text)")
    #expect(second.map { buffer.roles(of: "▸ Ada Quill", onRow: $0) } == [.screenActive])
    #expect(first.map { buffer.role(of: "Oscar Lindqvist", onRow: $0) } == .cardName)
    #expect(first.map { buffer.role(of: "For investors", onRow: $0) } == .cardTopic)
  }

  @Test func aQueryWithoutResultsSaysSo() {
    let buffer = rendered(searching("zzzz"))
    #expect(buffer.text.contains("No one matches"))
    #expect(!buffer.text.contains("▸"))
  }

  @Test func anOpenedCardIsShownLargeWithItsSharedContact() {
    var find = searching("ada")
    find.opened = Flows.people.first { $0.name == "Ada Quill" }!.id
    let buffer = rendered(find, width: 100, height: 40)
    #expect(buffer.shows("Ada Quill"))
    #expect(buffer.showsInBlockLetters("Ada"), "a short name is drawn in block letters when there is room")
    #expect(buffer.text.contains("Partner · Northwind Ventures"))
    #expect(buffer.text.contains("For investors"))
    #expect(buffer.text.contains("Can help: Intros to seed funds"))
    #expect(buffer.text.contains("Looking for: Climate founders"))
    let contact = buffer.row(containing: "ada@northwind.example")
    #expect(contact.map { buffer.role(of: "ada@", onRow: $0) } == .cardContact)
  }

  @Test func aContactThatWasNotSharedIsNeverShown() {
    var live = Demo.live
    live.cards.append(Flows.privateContact)
    let people = PublicDirectory(config: Demo.event, roster: Demo.roster, live: live).people
    var find = searching("maya")
    #expect(!rendered(find, people: people).text.contains("secret"))
    find.opened = "card:p1"
    for (width, height) in [(80, 21), (40, 12), (200, 60)] {
      let buffer = rendered(find, people: people, width: width, height: height)
      #expect(buffer.shows("Maya Sorensen"), "\(width)x\(height)")
      #expect(buffer.text.contains("Sketching your idea"), "\(width)x\(height)")
      #expect(!buffer.text.contains("secret"), "\(width)x\(height)")
      #expect(!buffer.cellsHave(role: .cardContact))
    }
  }

  @Test func aNameTheBlockLettersCannotDrawIsPlain() {
    let card = DisplayCard(id: "x", name: "王小明", title: "Founder")
    var find = searching("王")
    find.opened = "x"
    let buffer = rendered(find, people: [card], width: 100, height: 40)
    #expect(buffer.text.contains("王小明"))
    #expect(layoutProblems(buffer) == [])
  }

  @Test func aCardThatIsNoLongerPublicIsNotShown() {
    var find = searching("ada")
    find.opened = "card:gone"
    #expect(rendered(find).text.contains("This card is no longer shown."))
  }
}

extension CellBuffer {
  /// Whether any cell is drawn in `role`.
  func cellsHave(role: StyleRole) -> Bool {
    (0..<height).contains { y in (0..<width).contains { self[$0, y].role == role } }
  }
}
