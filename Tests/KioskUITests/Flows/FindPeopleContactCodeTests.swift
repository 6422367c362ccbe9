import EventState
import KioskUI
import Testing

/// An opened card in find people shows its owner's shared contact as a QR code when the whole code
/// fits (beside the card, under it on a tall screen), the contact as text when it does not, and
/// neither when the contact was not shared.
@Suite struct FindPeopleContactCodeTests {
  static let ada = Flows.people.first { $0.name == "Ada Quill" }!
  static let bruno = Flows.people.first { $0.name == "Bruno Sato" }!

  /// The whole display at `width`×`height` with find people open on `card`, drawing codes with `qrCodes`.
  func opened(
    _ card: DisplayCard, width: Int, height: Int, live: LiveState = Demo.live, qrCodes: QRCodeProvider? = QRTestCodes.provider,
    glyphs: GlyphSet = .unicode
  ) -> CellBuffer {
    var find = FindPeople()
    find.query = TextInput(String(card.name.prefix(3)), limit: FindPeople.queryLimit)
    find.opened = card.id
    let kiosk = Flows.kiosk(.find(find), live: live)
    let view = KioskDisplay(
      event: Demo.event, directory: kiosk.directory, tips: Demo.tips, kiosk: kiosk, keyHints: KioskDisplay.keyHints(for: kiosk, at: Demo.now), qrCodes: qrCodes)
    let buffer = render(view, width: width, height: height, context: Demo.context(glyphs: glyphs), name: "find-code")
    #expect(layoutProblems(buffer) == [], "\(width)x\(height)")
    return buffer
  }

  @Test func aSharedContactIsACodeBesideTheCardOnAWideScreen() throws {
    let buffer = opened(Self.ada, width: 160, height: 48)
    let code = try #require(buffer.qrCodeBounds)
    #expect(buffer.isAllQRCode(code), "a code is never cropped")
    let matrix = QRTestCodes.matrix(for: try #require(VCard(card: Self.ada)).text)
    #expect(matrix.size == 57, "the full vCard")
    #expect((QRCodeView.minimumQuietZone...QRCodeView.standardQuietZone).contains((code.width - matrix.size) / 2))
    #expect(buffer.modules(in: code) == Self.modules(of: matrix, in: code), "the provider's code, module for module, in its quiet zone")
    let role = try #require(buffer.row(containing: "Partner · Northwind Ventures"))
    let line = buffer.lines[role]
    #expect(DisplayWidth.of(String(line[..<line.range(of: "Ventures")!.upperBound])) < code.x, "the card's text ends left of the code")
    #expect(buffer.text.contains("Can help: Intros to seed funds"))
    #expect(buffer.text.contains("Looking for: Climate founders"))
    #expect(buffer.row(containing: "Scan to save the contact") == code.y - 1)
    #expect(buffer.row(containing: "ada@northwind.example") == code.maxY, "the contact right under the code")
    #expect(buffer.text.components(separatedBy: "ada@northwind.example").count == 2, "the contact is written once")
    #expect(buffer.width - code.maxX > 4, "the card and the code are centred together, not pushed to the edges")
  }

  @Test func aTallScreenPutsTheCodeUnderTheCard() throws {
    let buffer = opened(Self.ada, width: 60, height: 80)
    let code = try #require(buffer.qrCodeBounds)
    #expect(buffer.isAllQRCode(code))
    let matrix = QRTestCodes.matrix(for: try #require(VCard(card: Self.ada, detail: .essentials)).text)
    #expect(buffer.modules(in: code) == Self.modules(of: matrix, in: code), "the smaller code of the essentials")
    let seek = try #require(buffer.row(containing: "Looking for: Climate founders"))
    let caption = try #require(buffer.row(containing: "Scan to save the contact"))
    #expect(seek < caption && caption - seek <= 2, "the code follows the card's text closely")
    #expect(caption == code.y - 1)
    #expect(buffer.row(containing: "ada@northwind.example") == code.maxY)
  }

  @Test(arguments: [(80, 24), (60, 30), (40, 14)])
  func whereNoWholeCodeFitsTheContactIsWritten(width: Int, height: Int) throws {
    let buffer = opened(Self.ada, width: width, height: height)
    #expect(buffer.qrCodeBounds == nil, "\(width)x\(height): no code, not even a cropped one")
    #expect(!buffer.text.contains("Scan to save"))
    let row = try #require(buffer.row(containing: "ada@northwind.example"), "\(width)x\(height)")
    #expect(buffer.role(of: "ada@northwind.example", onRow: row) == .cardContact)
  }

  @Test(arguments: KioskDisplaySizesTests.sizes)
  func atEverySizeTheCodeIsWholeOrTheContactIsWritten(width: Int, height: Int) {
    let buffer = opened(Self.ada, width: width, height: height)
    #expect(brokenBoxes(buffer) == [])
    if let code = buffer.qrCodeBounds {
      #expect(buffer.isAllQRCode(code), "\(width)x\(height)")
      #expect(buffer.text.contains("Scan to save the contact"))
    } else {
      #expect(buffer.text.contains("ada@northwind.example"), "\(width)x\(height)")
    }
  }

  @Test(arguments: [(160, 48), (60, 80), (320, 90)])
  func aContactThatWasNotSharedIsNeitherCodeNorText(width: Int, height: Int) {
    var live = Demo.live
    live.cards.append(Flows.privateContact)
    let maya = PublicDirectory(config: Demo.event, roster: Demo.roster, live: live).people.first { $0.id == "card:p1" }!
    for (card, shown) in [(maya, "Sketching your idea"), (Self.bruno, "Looking for: A senior firmware engineer")] {
      let buffer = opened(card, width: width, height: height, live: live)
      #expect(buffer.text.contains(shown), "\(card.name) at \(width)x\(height)")
      #expect(buffer.qrCodeBounds == nil)
      #expect(!buffer.text.contains("Scan to save"))
      #expect(!buffer.text.contains("secret"))
      #expect(!buffer.cellsHave(role: .cardContact))
    }
  }

  @Test func withoutAnEncoderOrHalfBlocksTheContactIsWritten() {
    for buffer in [opened(Self.ada, width: 160, height: 48, qrCodes: nil), opened(Self.ada, width: 160, height: 48, glyphs: .ascii)] {
      #expect(buffer.qrCodeBounds == nil)
      #expect(buffer.text.contains("ada@northwind.example"))
    }
  }

  /// The dark and light modules `matrix` makes in `rect`: the code centred in its quiet zone, two
  /// modules per row of cells.
  static func modules(of matrix: QRMatrix, in rect: Rect) -> [[Bool]] {
    let zone = (rect.width - matrix.size) / 2
    return (0..<(2 * rect.height)).map { y in (0..<rect.width).map { x in matrix[x - zone, y - zone] } }
  }
}

extension CellBuffer {
  /// The modules drawn in `rect`, read back from the half blocks: two rows of modules per row of
  /// cells, `true` for dark.
  func modules(in rect: Rect) -> [[Bool]] {
    (rect.y..<rect.maxY).flatMap { y -> [[Bool]] in
      let glyphs = (rect.x..<rect.maxX).map { self[$0, y].grapheme }
      return [glyphs.map { $0 == "█" || $0 == "▀" }, glyphs.map { $0 == "█" || $0 == "▄" }]
    }
  }
}
