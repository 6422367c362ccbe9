import EventState
import KioskUI
import Testing

@Suite struct PinWizardViewTests {
  static let questions: [(PinWizard.Step, String, String?)] = [
    (.name, "Name", nil),
    (.role, "Your role and company", nil),
    (.topic, "Which topic?", nil),
    (.offer, "I can help with", "(optional)"),
    (.seek, "I'm looking for", "(optional)"),
    (.contact, "Contact to share", "email, phone or URL (optional)"),
    (.showCard, "Show your card on the screens?", nil),
    (.shareContact, "Share your contact as a QR code?", nil),
    (.summary, "Check your card", nil),
  ]

  func rendered(_ wizard: PinWizard, width: Int = 80, height: Int = 21) -> CellBuffer {
    render(PinWizardView(wizard: wizard, topics: Demo.topics, people: Flows.people), width: width, height: height, context: Demo.context())
  }

  @Test(arguments: questions.indices)
  func everyStepAsksItsQuestion(index: Int) {
    let (step, question, detail) = Self.questions[index]
    for (width, height) in [(80, 21), (38, 12), (100, 60)] {
      let buffer = rendered(Flows.pin(at: step, contact: "+49 30 1234567"), width: width, height: height)
      #expect(buffer.shows(question), "\(step) at \(width)x\(height):\n\(buffer.text)")
      if let detail { #expect(buffer.text.contains(detail), "\(step) at \(width)x\(height)") }
      #expect(buffer.text.contains("Pin your card · step \(step.rawValue + 1) of 9"), "\(step) at \(width)x\(height)")
    }
  }

  @Test func eachTextStepShowsWhatWasTypedWithACursor() {
    let answers: [(PinWizard.Step, String)] = [
      (.name, "Ada Quill"), (.role, "Partner at Northwind Ventures"), (.offer, "Intros to seed funds"), (.seek, "Climate founders"),
      (.contact, "+49 30 1234567"),
    ]
    for (step, typed) in answers {
      let buffer = rendered(Flows.pin(at: step, contact: "+49 30 1234567"))
      let row = buffer.row(containing: typed + "█")
      #expect(row != nil, "\(step):\n\(buffer.text)")
      if let row { #expect(buffer.role(of: typed, onRow: row) == .text) }
    }
  }

  @Test func theNameStepLooksLikeThis() {
    var wizard = PinWizard()
    wizard.name = TextInput("an", limit: PinWizard.nameLimit)
    wizard.matchSelection = 1
    let buffer = rendered(wizard, width: 60, height: 16)
    #expect(buffer.trimmedLines == [
      "                Pin your card · step 1 of 8",
      "",
      "                   █▄  █ ▄▀▀▄ █▄ ▄█ █▀▀▀",
      "                   █ ▀▄█ █▀▀█ █ ▀ █ █▀▀",
      "                   ▀   ▀ ▀  ▀ ▀   ▀ ▀▀▀▀",
      "",
      "╭──────────────────────────────────────────────────────────╮",
      "│ an█                                                      │",
      "╰──────────────────────────────────────────────────────────╯",
      "",
      "",
      "  Tessa Grant — Solicitor · Grant Legal",
      "▸ Nadia Rahman — Partner · Orbit Fund",
      "  Kenji Watanabe — Principal · Sakura Capital",
      "  Hannah Schmidt — Recruiter · Crewline",
      "",
    ])
  }

  @Test func theChosenSuggestionIsHighlighted() throws {
    var wizard = PinWizard()
    wizard.name = TextInput("an", limit: PinWizard.nameLimit)
    wizard.matchSelection = 1
    let buffer = rendered(wizard)
    let chosen = try #require(buffer.row(containing: "Nadia Rahman"))
    #expect(buffer.roles(of: "▸ Nadia Rahman — Partner · Orbit Fund", onRow: chosen) == [.screenActive])
    let other = try #require(buffer.row(containing: "Hannah Schmidt"))
    #expect(buffer.role(of: "Hannah Schmidt", onRow: other) == .cardName)
    #expect(buffer.role(of: "Recruiter", onRow: other) == .cardRole)
    #expect(!buffer.lines[other].contains("▸"))
  }

  @Test func withoutAChoiceNoSuggestionIsMarkedAndANewNameIsExplained() {
    var wizard = PinWizard()
    wizard.name = TextInput("an", limit: PinWizard.nameLimit)
    #expect(!rendered(wizard).text.contains("▸"))
    wizard.name = TextInput("Zebedee", limit: PinWizard.nameLimit)
    #expect(rendered(wizard).text.contains("No match — Enter takes the name as typed."))
  }

  @Test func theCounterAppearsWhenMostOfTheLimitIsUsed() {
    var wizard = Flows.pin(at: .role)
    wizard.role = TextInput(String(repeating: "r", count: 56), limit: PinWizard.roleLimit)
    #expect(!rendered(wizard).text.contains("/80"), "70 % used: no counter yet")
    wizard.role = TextInput(String(repeating: "r", count: 57), limit: PinWizard.roleLimit)
    let buffer = rendered(wizard)
    let row = buffer.row(containing: "57/80")
    #expect(row != nil && buffer.lines[row!].contains("╰"), "the counter sits in the box's bottom edge")
    #expect(row.map { buffer.role(of: "57/80", onRow: $0) } == .muted)
  }

  @Test func atTheLimitTheCounterWarnsAndTheProblemIsShown() {
    var wizard = Flows.pin(at: .role)
    wizard.role = TextInput(String(repeating: "r", count: 80), limit: PinWizard.roleLimit)
    wizard.error = "That is the most this field takes (80 characters)."
    let buffer = rendered(wizard)
    let counter = buffer.row(containing: "80/80")
    #expect(counter.map { buffer.role(of: "80/80", onRow: $0) } == .warning)
    let problem = buffer.row(containing: "That is the most")
    #expect(problem.map { buffer.role(of: "That is the most", onRow: $0) } == .warning)
    #expect(brokenBoxes(buffer) == [])
    #expect(layoutProblems(buffer) == [])
  }

  @Test func aLongAnswerShowsItsEndInsideTheBox() {
    var wizard = Flows.pin(at: .offer)
    wizard.offer = TextInput("Introductions to angels and seed funds in the Nordics, plus pitch deck reviews on the spot", limit: PinWizard.textLimit)
    let buffer = rendered(wizard, width: 40, height: 12)
    #expect(buffer.text.contains("│ …lus pitch deck reviews on the spot█ │"))
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func wideCharactersInAnAnswerStayWhole() {
    var wizard = PinWizard()
    wizard.name = TextInput("王小明 🙂 Ωmega 山田太郎さんのお名前はとても長い", limit: PinWizard.nameLimit)
    for (width, height) in [(40, 12), (41, 12), (80, 21)] {
      let buffer = rendered(wizard, width: width, height: height)
      #expect(layoutProblems(buffer) == [], "\(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "\(width)x\(height)")
      #expect(buffer.text.contains("█"))
    }
  }

  @Test func theTopicsAreNumberedWithTheChosenOneHighlighted() throws {
    var wizard = Flows.pin(at: .topic)
    wizard.topicIndex = 2
    let buffer = rendered(wizard, width: 80, height: 21)
    for (number, topic) in Demo.topics.enumerated() {
      #expect(buffer.text.contains("\(number + 1). \(topic.title) — \(topic.summary)"), "\(topic.title)")
    }
    let chosen = try #require(buffer.row(containing: "3. Legal help"))
    #expect(buffer.lines[chosen].contains("▸ 3. Legal help"))
    #expect(buffer.roles(of: "3. Legal help — Contracts", onRow: chosen) == [.screenActive])
    #expect(buffer.role(of: "1.", onRow: try #require(buffer.row(containing: "1. For investors"))) == .paneCount)
  }

  @Test func aShortScreenKeepsTheChosenTopicInView() {
    var wizard = Flows.pin(at: .topic)
    wizard.topicIndex = 5
    let buffer = rendered(wizard, width: 40, height: 8)
    #expect(buffer.text.contains("▸ 6. Hiring"))
    #expect(layoutProblems(buffer) == [])
  }

  @Test func yesOrNoStartsAtNoHighlighted() throws {
    let buffer = rendered(Flows.pin(at: .showCard))
    let row = try #require(buffer.row(containing: "[ No ]"))
    #expect(buffer.lines[row].contains("[ No ]    Yes"))
    #expect(buffer.roles(of: "[ No ]", onRow: row) == [.screenActive])
    #expect(buffer.roles(of: "Yes", onRow: row) == [.text])
    var yes = Flows.pin(at: .shareContact, contact: "ada@northwind.example")
    yes.shareContact = true
    let answered = rendered(yes)
    let yesRow = try #require(answered.row(containing: "[ Yes ]"))
    #expect(answered.lines[yesRow].contains("No    [ Yes ]"))
    #expect(answered.roles(of: "[ Yes ]", onRow: yesRow) == [.screenActive])
  }

  @Test func theShareContactStepIsCountedOnlyWhenAContactWasGiven() {
    #expect(rendered(Flows.pin(at: .seek)).text.contains("step 5 of 8"))
    #expect(rendered(Flows.pin(at: .seek, contact: "ada@northwind.example")).text.contains("step 5 of 9"))
    #expect(rendered(Flows.pin(at: .summary)).text.contains("step 8 of 8"))
    #expect(rendered(Flows.pin(at: .summary, contact: "ada@northwind.example")).text.contains("step 9 of 9"))
  }

  @Test func editingSaysSo() {
    let card = PinnedCard(id: "c1", topicID: "legal", name: "Tessa Grant", code: "ACDE", pinnedAt: Demo.now)
    let wizard = PinWizard(editing: card, topics: Demo.topics)
    #expect(rendered(wizard).text.contains("Edit your card · step 1 of 8"))
  }

  @Test func theSummaryPreviewsTheCardAndSpellsOutConsent() {
    var wizard = Flows.pin(at: .summary, contact: "ada@northwind.example")
    wizard.topicIndex = 0
    let buffer = rendered(wizard, width: 80, height: 21)
    #expect(buffer.text.contains("Ada Quill"))
    #expect(buffer.text.contains("Partner · Northwind Ventures"))
    #expect(buffer.text.contains("For investors"))
    #expect(buffer.text.contains("Can help: Intros to seed funds"))
    #expect(buffer.text.contains("Shown on the screens: No"))
    #expect(buffer.text.contains("Contact shared as QR code: No"))
    #expect(!buffer.text.contains("ada@northwind.example"), "a contact not to be shared is not previewed")
    #expect(brokenBoxes(buffer) == [])

    wizard.showCard = true
    wizard.shareContact = true
    let shared = rendered(wizard, width: 80, height: 21)
    #expect(shared.text.contains("Shown on the screens: Yes"))
    #expect(shared.text.contains("Contact shared as QR code: Yes"))
    #expect(shared.text.contains("ada@northwind.example"))
  }

  @Test func withoutAContactTheSummarySaysNoneWasGiven() {
    var wizard = Flows.pin(at: .summary)
    wizard.shareContact = true
    #expect(rendered(wizard).text.contains("Contact shared as QR code: No (no contact given)"))
  }

  @Test func aDuplicateCardTellsToPressE() {
    var wizard = Flows.pin(at: .summary)
    wizard.duplicate = Demo.cards[0]
    wizard.error = "You already have a card on For investors. Press e to update it with these answers, Esc to cancel."
    let buffer = rendered(wizard, width: 80, height: 21)
    let row = buffer.row(containing: "Press e to update it")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Press e", onRow: $0) } == .warning)
  }
}
