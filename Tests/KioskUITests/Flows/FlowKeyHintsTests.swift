import Foundation
import EventState
import KioskUI
import Testing

@Suite struct FlowKeyHintsTests {
  func hints(_ flow: AttendeeFlow?) -> String {
    KioskDisplay.keyHints(for: Flows.kiosk(flow), at: Demo.now).map { "\($0.key) \($0.label)" }.joined(separator: " · ")
  }

  @Test func theRotatingDisplayOffersEveryFlow() {
    #expect(hints(nil) == "Enter pin your card · m open mic · f find people · r edit your card · ←/→ screens")
  }

  @Test func atEightyColumnsTheFooterStillShowsEveryFlowKey() {
    var buffer = CellBuffer(width: 80, height: 1)
    let kiosk = Flows.kiosk(nil)
    FooterView(keyHints: KioskDisplay.keyHints(for: kiosk, at: Demo.now), indicator: RotationIndicator(steps: kiosk.clock.steps, current: 0))
      .render(in: buffer.area, into: &buffer, context: RenderContext(now: Date(timeIntervalSince1970: 0)))
    #expect(buffer.lines[0].hasPrefix("  Enter  pin card    m  open mic    f  find    r  edit card "), "\(buffer.lines[0])")
  }

  @Test func theNameStepOffersToChooseOnlyWhenThereAreMatches() {
    var wizard = PinWizard()
    #expect(hints(.pin(wizard)) == "Enter next · Esc cancel")
    wizard.name = TextInput("ada", limit: PinWizard.nameLimit)
    #expect(hints(.pin(wizard)) == "Enter next · ↓↑ choose · Esc cancel")
    #expect(hints(.openMic(OpenMicWizard(name: "ada"))) == "Enter next · ↓↑ choose · Esc cancel")
  }

  @Test func eachPinStepShowsItsKeys() {
    #expect(hints(.pin(Flows.pin(at: .role))) == "Enter next · ↑ back · Esc cancel")
    #expect(hints(.pin(Flows.pin(at: .topic))) == "1–6 choose · Enter next · Shift-Tab back · Esc cancel")
    #expect(hints(.pin(Flows.pin(at: .contact))) == "Enter next · ↑ back · Esc cancel")
    #expect(hints(.pin(Flows.pin(at: .showCard))) == "y yes · n no · Enter next · ↑ back · Esc cancel")
    #expect(hints(.pin(Flows.pin(at: .summary))) == "Enter pin · ↑ back · Esc cancel")
    var duplicate = Flows.pin(at: .summary)
    duplicate.duplicate = Demo.cards[0]
    #expect(hints(.pin(duplicate)) == "e update it · ↑ back · Esc cancel")
    let editing = PinWizard(editing: Demo.cards[0], topics: Demo.topics)
    var summary = editing
    summary.step = .summary
    #expect(hints(.pin(summary)) == "Enter save · ↑ back · Esc cancel")
  }

  @Test func eachOpenMicStepShowsItsKeys() {
    var wizard = OpenMicWizard(name: "Priya")
    wizard.step = .pitch
    #expect(hints(.openMic(wizard)) == "Enter next · ↑ back · Esc cancel")
    wizard.step = .minutes
    #expect(hints(.openMic(wizard)) == "1–5 choose · ←/→ change · Enter next · ↑ back · Esc cancel")
    wizard.step = .summary
    #expect(hints(.openMic(wizard)) == "Enter join · ↑ back · Esc cancel")
  }

  @Test func findManageSavingAndDoneShowTheirKeys() {
    var find = FindPeople()
    #expect(hints(.find(find)) == "type to search · ↓↑ choose · Enter open · Esc back")
    find.opened = "roster:2"
    #expect(hints(.find(find)) == "Esc back")
    var manage = ManageCard()
    #expect(hints(.manage(manage)) == "type your code · Enter open · Esc cancel")
    manage.stage = .card(Flows.privateContact)
    #expect(hints(.manage(manage)) == "e edit · d delete · Esc back")
    manage.stage = .confirmDelete(Flows.privateContact)
    #expect(hints(.manage(manage)) == "y delete · n keep")
    #expect(hints(.saving(Flows.saving())) == "")
    #expect(hints(.saving(Flows.saving(failure: "Could not save"))) == "Enter try again · Esc back")
    #expect(hints(.done(.deleted)) == "any key to close")
  }

  @Test func theFooterShowsTheFlowsKeys() {
    let buffer = render(Flows.display(.pin(Flows.pin(at: .showCard))), width: 120, height: 40)
    let footer = buffer.trimmedLines[39]
    #expect(footer.hasPrefix("  y  yes    n  no    Enter  next    ↑  back    Esc  cancel    "), "\(footer)")
    #expect(buffer.role(of: "Enter", onRow: 39) == .footerKey)
  }
}
