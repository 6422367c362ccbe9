import EventState
import KioskUI
import Testing

@Suite struct OpenMicWizardViewTests {
  func wizard(at step: OpenMicWizard.Step) -> OpenMicWizard {
    var wizard = OpenMicWizard(name: "Priya Raman")
    wizard.pitch = TextInput("Receipts into bookkeeping, automatically", limit: OpenMicWizard.pitchLimit)
    wizard.step = step
    return wizard
  }

  func rendered(_ wizard: OpenMicWizard, width: Int = 80, height: Int = 21) -> CellBuffer {
    render(OpenMicWizardView(wizard: wizard, people: Flows.people), width: width, height: height)
  }

  @Test(arguments: [
    (OpenMicWizard.Step.name, "Name"), (.pitch, "Your pitch"), (.minutes, "How many minutes?"), (.summary, "Check your sign-up"),
  ])
  func everyStepAsksItsQuestionWithItsProgress(step: OpenMicWizard.Step, question: String) {
    for (width, height) in [(80, 21), (38, 12), (100, 60)] {
      let buffer = rendered(wizard(at: step), width: width, height: height)
      #expect(buffer.shows(question), "\(step) at \(width)x\(height):\n\(buffer.text)")
      #expect(buffer.text.contains("Join the open mic · step \(step.rawValue + 1) of 4"), "\(step) at \(width)x\(height)")
    }
  }

  @Test func theNameAndPitchAreTypedIntoBoxes() {
    #expect(rendered(wizard(at: .name)).text.contains("│ Priya Raman█"))
    #expect(rendered(wizard(at: .pitch)).text.contains("│ Receipts into bookkeeping, automatically█"))
  }

  @Test func matchingNamesAreOfferedWithTheChosenOneHighlighted() {
    var wizard = OpenMicWizard(name: "ber")
    wizard.matchSelection = 0
    let buffer = rendered(wizard)
    let row = buffer.row(containing: "▸ Ingrid Berg — Founder · Mossy")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.roles(of: "Ingrid Berg", onRow: $0) } == [.screenActive])
  }

  @Test func aFullPitchShowsItsCounter() {
    var full = wizard(at: .pitch)
    full.pitch = TextInput(String(repeating: "p", count: 80), limit: OpenMicWizard.pitchLimit)
    let buffer = rendered(full)
    let row = buffer.row(containing: "80/80")
    #expect(row.map { buffer.role(of: "80/80", onRow: $0) } == .warning)
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func theMinutesAreAChoiceOfOneToFiveWithThreeByDefault() {
    let buffer = rendered(wizard(at: .minutes))
    let row = buffer.row(containing: "1 2 [3] 4 5 minutes")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.roles(of: "[3]", onRow: $0) } == [.screenActive])
    #expect(row.map { buffer.roles(of: "4", onRow: $0) } == [.text])
    var five = wizard(at: .minutes)
    five.minutes = 5
    #expect(rendered(five).text.contains("1 2 3 4 [5] minutes"))
  }

  @Test func theSummaryShowsNamePitchAndMinutes() {
    var summary = wizard(at: .summary)
    summary.minutes = 1
    let buffer = rendered(summary)
    #expect(buffer.text.contains("Priya Raman"))
    #expect(buffer.text.contains("Receipts into bookkeeping, automatically"))
    #expect(buffer.text.contains("1 minute"))
    #expect(!buffer.text.contains("1 minutes"))
  }

  @Test func aProblemIsShownAsAWarning() {
    var empty = OpenMicWizard()
    empty.error = "Please type your name."
    let buffer = rendered(empty)
    let row = buffer.row(containing: "Please type your name.")
    #expect(row.map { buffer.role(of: "Please", onRow: $0) } == .warning)
  }
}
