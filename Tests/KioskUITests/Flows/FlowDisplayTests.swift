import EventState
import KioskUI
import Testing

/// The kiosk with an attendee flow open: the flow takes the body, header and footer stay, and every
/// flow screen is whole at every size the kiosk must look right in.
@Suite struct FlowDisplayTests {
  static let sizes = [(80, 24), (160, 48), (320, 90), (60, 100), (40, 14)]

  /// One of each flow screen, with what it must show (plain, or beginning in block letters).
  static let samples: [(name: String, flow: AttendeeFlow, shows: String)] = {
    var samples: [(name: String, flow: AttendeeFlow, shows: String)] = []
    for step in PinWizard.Step.allCases {
      var wizard = Flows.pin(at: step, contact: "ada@northwind.example")
      if step == .name {
        wizard.name = TextInput("a", limit: PinWizard.nameLimit)
        wizard.matchSelection = 2
      }
      wizard.error = step == .contact ? "That email address looks incomplete: it needs a name, @ and a domain like example.com." : nil
      samples.append(("pin \(step)", .pin(wizard), "step \(step.rawValue + 1) of 9"))
    }
    for step in OpenMicWizard.Step.allCases {
      var wizard = OpenMicWizard(name: "Priya Raman")
      wizard.pitch = TextInput(String(repeating: "Receipts ", count: 9), limit: OpenMicWizard.pitchLimit)
      wizard.step = step
      samples.append(("open mic \(step)", .openMic(wizard), "step \(step.rawValue + 1) of 4"))
    }
    var find = FindPeople()
    find.query = TextInput("e", limit: FindPeople.queryLimit)
    find.selection = 4
    samples.append(("find typing", .find(find), "▸"))
    find.opened = "roster:4"
    samples.append(("find opened", .find(find), "Studio Vela"))
    var manage = ManageCard()
    manage.code = TextInput("HJ", limit: PersonalCode.length)
    manage.error = "Too many wrong codes. Try again in 42 s."
    samples.append(("manage code", .manage(manage), "Too many wrong codes"))
    manage.stage = .card(Flows.privateContact)
    samples.append(("manage card", .manage(manage), "d delete"))
    manage.stage = .confirmDelete(Flows.privateContact)
    samples.append(("manage delete", .manage(manage), "y / n"))
    samples.append(("saving", .saving(Flows.saving()), "Removing your card"))
    samples.append(("saving failed", .saving(Flows.saving(failure: "Could not save: database is locked")), "Enter try again"))
    samples.append(("pinned", .done(.pinned(topic: "For investors", code: "HJKL", shown: false, updated: false)), "HJKL"))
    samples.append(("queued", .done(.queued(position: 12)), "number 12"))
    samples.append(("on stage", .done(.alreadyQueued(position: 0)), "You're on stage now!"))
    samples.append(("deleted", .done(.deleted), "Your card was removed."))
    return samples
  }()

  /// Whether the header's first row and the footer hold only their own roles (nothing of the flow
  /// ran into them).
  func barsAreWhole(_ buffer: CellBuffer) -> Bool {
    let header: Set<StyleRole> = [.header, .headerAccent], footer: Set<StyleRole> = [.footer, .footerKey, .screenActive]
    return (0..<buffer.width).allSatisfy { header.contains(buffer[$0, 0].role) && footer.contains(buffer[$0, buffer.height - 1].role) }
  }

  @Test func aFlowTakesTheBodyAndTheHeaderAndFooterStay() {
    let buffer = render(Flows.display(.pin(PinWizard())), width: 80, height: 24)
    #expect(!buffer.text.contains("cards pinned"), "the rotation screen is not drawn under the flow")
    #expect(buffer.text.contains("Pin your card · step 1 of 8"))
    #expect(buffer.lines[0].contains("Harbour Founders Night"))
    #expect(barsAreWhole(buffer))
    #expect(buffer.trimmedLines[23].hasPrefix("  Enter  next    Esc  cancel    "), "\(buffer.trimmedLines[23])")
  }

  @Test func withoutAFlowTheRotationIsShown() {
    let buffer = render(Flows.display(nil), width: 120, height: 40)
    #expect(buffer.text.contains("Connecting wall"))
    #expect(buffer.trimmedLines[39].hasPrefix("  Enter  pin your card    m  open mic    f  find people    r  edit your card"))
  }

  @Test(arguments: samples.indices)
  func everyFlowScreenIsWholeAtEverySize(index: Int) {
    let sample = Self.samples[index]
    for (width, height) in Self.sizes {
      let buffer = render(Flows.display(sample.flow), width: width, height: height, name: "flow-\(sample.name)")
      let at = "\(sample.name) at \(width)x\(height)"
      #expect(layoutProblems(buffer) == [], "\(at)")
      #expect(brokenBoxes(buffer) == [], "\(at)")
      #expect(buffer.shows(sample.shows), "\(at):\n\(buffer.text)")
      #expect(barsAreWhole(buffer), "\(at): header or footer overwritten")
    }
  }

  @Test(arguments: samples.indices)
  func asciiGlyphsReplaceEveryUnicodeGlyphInTheFlows(index: Int) {
    let sample = Self.samples[index]
    let buffer = render(Flows.display(sample.flow), width: 100, height: 30, context: Demo.context(glyphs: .ascii))
    let body = buffer.lines.dropFirst().dropLast().joined(separator: "\n")
    let unicodeGlyphs = Set("─│╭╮╰╯…·—●○█▀▄▸")
    #expect(!body.contains { unicodeGlyphs.contains($0) }, "\(sample.name):\n\(body)")
    #expect(layoutProblems(buffer) == [])
  }
}
