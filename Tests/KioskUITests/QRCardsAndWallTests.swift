import EventState
import KioskUI
import Testing

/// Contact codes on the cards screen and the wall where a whole code fits beside the rest, and
/// nowhere else.
@Suite struct QRCardsAndWallTests {
  func display(_ screen: ScreenKind, _ width: Int, _ height: Int, qrCodes: QRCodeProvider? = QRTestCodes.provider, elapsed: Double = 0) -> CellBuffer {
    let base = Demo.display(screen)
    let view = KioskDisplay(event: base.event, directory: base.directory, tips: base.tips, kiosk: base.kiosk, keyHints: base.keyHints, qrCodes: qrCodes)
    let buffer = render(view, width: width, height: height, context: Demo.context(elapsed: elapsed), name: "\(screen.rawValue)-qr")
    #expect(layoutProblems(buffer) == [])
    #expect(brokenBoxes(buffer) == [])
    return buffer
  }

  @Test func theLargestCardsScreenShowsOneCodeBesideTheGrid() throws {
    let buffer = display(.cards, 320, 90)
    let code = try #require(buffer.qrCodeBounds)
    #expect(buffer.isAllQRCode(code))
    #expect(code.width >= 41 + 4)
    let caption = try #require(buffer.row(containing: "Scan to save "))
    #expect(caption == code.y - 1)
    #expect(!buffer.text.contains("page "), "everyone still fits on one page")
    #expect(buffer.text.contains("Jamal Okafor"))
    let cardColumns = (0..<buffer.height).flatMap { y in (0..<buffer.width).filter { buffer[$0, y].grapheme == "╮" } }
    #expect(cardColumns.allSatisfy { $0 < code.x }, "no card reaches the code")
  }

  @Test func theCodeTakesTurnsAmongThoseWhoShared() {
    let sharers = Demo.directory.people.filter { $0.contact != nil }.map(\.name)
    let shown = [0, 8, 16].map { elapsed in display(.cards, 320, 90, elapsed: elapsed).text }
    for (text, name) in zip(shown, sharers) { #expect(text.contains("Scan to save \(name)")) }
  }

  @Test func aCrowdIsNotEncodedCardByCard() {
    let crowd = (1...400).map { DisplayCard(id: "roster:\($0)", name: "Person \($0)", offer: String(repeating: "x", count: $0 % 50), contact: "p\($0)@example.org") }
    let counter = QRTestCodes.Counter()
    let buffer = render(CardsScreen(people: crowd, visit: 1, screenSeconds: 20, qrCodes: counter.provider), width: 316, height: 82)
    #expect(buffer.qrCodeBounds != nil)
    #expect(counter.count <= 16, "the longest vCard that fits is found by halving, not by encoding all 800")
  }

  @Test(arguments: [(80, 24), (120, 40), (160, 48), (60, 100)])
  func smallerCardsScreensShowNoCode(width: Int, height: Int) {
    #expect(display(.cards, width, height).qrCodeBounds == nil)
  }

  @Test func theLargestWallShowsCodesInPanesWithSharedContacts() throws {
    let buffer = display(.wall, 320, 90)
    #expect(buffer.text.contains("Scan to save Rosa Meyer"))
    #expect(buffer.text.contains("Scan to save Wen Li"))
    #expect(!buffer.text.contains("Scan to save Kenji"), "Kenji shared no contact")
    for name in ["Rosa Meyer", "Wen Li"] {
      let caption = try #require(buffer.row(containing: "Scan to save \(name)"))
      let line = buffer.lines[caption]
      let x = DisplayWidth.of(String(line[..<line.range(of: "Scan to save \(name)")!.lowerBound]))
      let code = try #require(Self.codeBelow(x: x, row: caption, in: buffer))
      #expect(buffer.isAllQRCode(code), "\(name)'s code is whole")
    }
  }

  /// The code whose caption starts at column `x` of `row`: the `qrCode` cells under it.
  static func codeBelow(x: Int, row: Int, in buffer: CellBuffer) -> Rect? {
    let y = row + 1
    guard let left = (0..<buffer.width).first(where: { $0 >= x - 10 && buffer[$0, y].role == .qrCode }) else { return nil }
    var right = left
    while right + 1 < buffer.width, buffer[right + 1, y].role == .qrCode { right += 1 }
    var bottom = y
    while bottom + 1 < buffer.height, buffer[left, bottom + 1].role == .qrCode { bottom += 1 }
    return Rect(x: left, y: y, width: right - left + 1, height: bottom - y + 1)
  }

  @Test(arguments: [(80, 24), (120, 40), (160, 48), (60, 100)])
  func smallerWallsShowNoCode(width: Int, height: Int) {
    #expect(display(.wall, width, height).qrCodeBounds == nil)
  }

  @Test(arguments: [ScreenKind.cards, .wall, .spotlight])
  func withoutAnEncoderThereAreNoCodes(screen: ScreenKind) {
    #expect(display(screen, 320, 90, qrCodes: nil).qrCodeBounds == nil)
  }

  @Test func aPaneKeepsItsListBesideTheCode() throws {
    let topic = Demo.topics[1]
    let cards = Demo.directory.wall[1].cards
    let buffer = render(WallPane(topic: topic, cards: cards, qrCodes: QRTestCodes.provider), width: 104, height: 41)
    let code = try #require(buffer.qrCodeBounds)
    #expect(buffer.isAllQRCode(code))
    let row = try #require(buffer.row(containing: "Samir Aziz"))
    let line = buffer.lines[row]
    #expect(DisplayWidth.of(String(line[..<line.range(of: "Samir Aziz")!.upperBound])) < code.x)
    #expect(render(WallPane(topic: topic, cards: cards, qrCodes: QRTestCodes.provider), width: 70, height: 41).qrCodeBounds == nil, "too narrow to keep the list")
  }
}
