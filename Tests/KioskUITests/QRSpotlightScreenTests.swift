import EventState
import KioskUI
import Testing

/// The spotlight screen: one person at a time, large, with their contact's QR code when it fits whole.
@Suite struct QRSpotlightScreenTests {
  static let ada = Demo.directory.people.first { $0.name == "Ada Quill" }!
  static let bruno = Demo.directory.people.first { $0.name == "Bruno Sato" }!

  func spotlight(_ people: [DisplayCard], width: Int, height: Int, qrCodes: QRCodeProvider? = QRTestCodes.provider, elapsed: Double = 0, glyphs: GlyphSet = .unicode) -> CellBuffer {
    render(SpotlightScreen(people: people, visit: 1, screenSeconds: 20, qrCodes: qrCodes), width: width, height: height, context: Demo.context(elapsed: elapsed, glyphs: glyphs))
  }

  /// The whole display at `width`×`height` on the spotlight, showing the roster's first person (Ada).
  func display(_ width: Int, _ height: Int, glyphs: GlyphSet = .unicode) -> CellBuffer {
    let kiosk = Demo.kiosk(.spotlight, live: LiveState())
    let directory = PublicDirectory(config: Demo.event, roster: Demo.roster, live: LiveState())
    let view = KioskDisplay(event: Demo.event, directory: directory, tips: Demo.tips, kiosk: kiosk, keyHints: Demo.keyHints, qrCodes: QRTestCodes.provider)
    return render(view, width: width, height: height, context: Demo.context(glyphs: glyphs), name: "spotlight")
  }

  @Test(arguments: KioskDisplaySizesTests.sizes)
  func theCodeIsWholeWithItsQuietZoneOrTheContactIsWritten(width: Int, height: Int) {
    let buffer = display(width, height)
    #expect(layoutProblems(buffer) == [])
    #expect(brokenBoxes(buffer) == [])
    #expect(buffer.text.contains("Ada Quill") || buffer.text.contains("█"), "the name, plain or in block letters")
    if let bounds = buffer.qrCodeBounds {
      #expect(buffer.isAllQRCode(bounds), "a code is never cropped")
      let zones = [57, 41].map { (bounds.width - $0) / 2 }.filter { (QRCodeView.minimumQuietZone...QRCodeView.standardQuietZone).contains($0) }
      #expect(!zones.isEmpty, "a quiet zone of 2 to 4 modules at \(width)x\(height)")
      #expect(bounds.height == (bounds.width + 1) / 2)
      #expect(buffer.text.contains("Scan to save the contact"))
    } else {
      #expect(buffer.text.contains("ada@northwind.example"), "at \(width)x\(height): the contact as text")
    }
  }

  @Test func aWideScreenPutsTheCodeBesideTheText() throws {
    let buffer = spotlight([Self.ada], width: 156, height: 42)
    let code = try #require(buffer.qrCodeBounds)
    #expect(code.width == 57 + 8, "the full vCard with the standard quiet zone")
    let row = try #require(buffer.row(containing: "Partner · Northwind Ventures"))
    let line = buffer.lines[row]
    #expect(DisplayWidth.of(String(line[..<line.range(of: "Ventures")!.upperBound])) < code.x, "the text ends left of the code")
    #expect(buffer.text.contains("Can help: Intros to seed funds"))
    #expect(buffer.row(containing: "ada@northwind.example") == code.maxY, "the contact right under the code")
    #expect(buffer.row(containing: "Scan to save the contact") == code.y - 1)
  }

  @Test func aTallScreenPutsTheCodeUnderTheText() throws {
    let buffer = spotlight([Self.ada], width: 70, height: 90)
    let code = try #require(buffer.qrCodeBounds)
    let offer = try #require(buffer.row(containing: "Can help: Intros to seed funds"))
    #expect(offer < code.y)
    #expect(layoutProblems(buffer) == [])
  }

  @Test func whenTheFullCodeDoesNotFitTheEssentialsDo() throws {
    let buffer = spotlight([Self.ada], width: 100, height: 30)
    let code = try #require(buffer.qrCodeBounds)
    #expect(code.width == 41 + 8, "the smaller code of name, organisation, title and contact")
  }

  @Test func aSmallScreenWritesTheContactInstead() {
    let buffer = spotlight([Self.ada], width: 76, height: 20)
    #expect(buffer.qrCodeBounds == nil)
    #expect(buffer.text.contains("ada@northwind.example"))
    #expect(buffer.role(of: "ada@northwind.example", onRow: buffer.row(containing: "ada@northwind.example")!) == .cardContact)
    #expect(!buffer.text.contains("Scan"))
  }

  @Test func withoutAnEncoderTheContactIsText() {
    let buffer = spotlight([Self.ada], width: 156, height: 42, qrCodes: nil)
    #expect(buffer.qrCodeBounds == nil)
    #expect(buffer.text.contains("ada@northwind.example"))
  }

  @Test func asciiTerminalsGetTheContactAsText() {
    let buffer = spotlight([Self.ada], width: 156, height: 42, glyphs: .ascii)
    #expect(buffer.qrCodeBounds == nil)
    #expect(buffer.text.contains("ada@northwind.example"))
  }

  @Test func someoneWhoSharedNoContactGetsNoCode() {
    let buffer = spotlight([Self.bruno], width: 156, height: 42)
    #expect(buffer.qrCodeBounds == nil)
    #expect(!buffer.text.contains("Scan"))
    #expect(buffer.text.contains("CTO · Kelp Labs"))
    #expect(buffer.text.contains("Looking for: A senior firmware engineer"))
  }

  @Test func theNameIsInBlockLettersWhenItFits() {
    let buffer = spotlight([Self.bruno], width: 156, height: 42)
    #expect(!buffer.text.contains("Bruno Sato"))
    #expect(buffer.lines.indices.contains { buffer.role(of: "█", onRow: $0) == .cardName })
  }

  @Test func aNameTheBlockFontLacksIsWrittenPlainly() {
    let buffer = spotlight([DisplayCard(id: "roster:9", name: "陈静", title: "产品负责人")], width: 156, height: 42)
    #expect(buffer.text.contains("陈静"))
    #expect(!buffer.text.contains("█"))
  }

  @Test func peopleTakeTurnsEveryTenSecondsAndContinueOnTheNextVisit() {
    let people = Demo.directory.people
    let first = SpotlightScreen(people: people, visit: 1, screenSeconds: 20)
    #expect([0, 9.9, 10, 19.9].map { first.index(elapsed: $0) } == [0, 0, 1, 1])
    #expect(SpotlightScreen(people: people, visit: 2, screenSeconds: 20).index(elapsed: 0) == 2)
    #expect(SpotlightScreen(people: people, visit: 1, screenSeconds: 20).index(elapsed: Double(people.count) * 10) == 0)
    let later = spotlight(people, width: 156, height: 42, elapsed: 10)
    #expect(later.text.contains("Person 2 of \(people.count)"))
  }

  @Test func nobodyToShowSaysSo() {
    let buffer = spotlight([], width: 80, height: 20)
    #expect(buffer.text.contains("No one in the spotlight yet"))
    #expect(buffer.text.contains("Spotlight"))
  }

  @Test func spotlightIsARotationScreen() {
    #expect(ScreenKind(rawValue: "spotlight") == .spotlight)
    #expect(ScreenKind.spotlight.title == "Spotlight")
    let buffer = display(120, 40)
    #expect(buffer.text.contains("Spotlight"))
    #expect(buffer.text.contains("Person 1 of 10"))
  }
}
