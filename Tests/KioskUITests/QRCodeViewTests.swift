import EventState
import KioskUI
import Testing

/// QR codes drawn with half blocks: two modules per cell, a quiet zone of 2–4 modules, the `qrCode`
/// role, and the contact as text whenever the whole code does not fit.
@Suite struct QRCodeViewTests {
  /// A 5×5 test pattern (not a real code): rows `X.X.X`, `.XXX.`, `X...X`, `XXXXX`, `X.X..`.
  static let pattern = QRMatrix(size: 5, modules: "X.X.X.XXX.X...XXXXXXX.X..".map { $0 == "X" })!

  func draw(_ matrix: QRMatrix?, width: Int, height: Int, glyphs: GlyphSet = .unicode) -> CellBuffer {
    render(QRCodeView(matrix: matrix, contact: "ada@example.org"), width: width, height: height, context: Demo.context(glyphs: glyphs))
  }

  @Test func twoModulesStackInEachCellInsideTheStandardQuietZone() {
    let buffer = draw(Self.pattern, width: 13, height: 7)
    #expect(buffer.lines == [
      "             ",
      "             ",
      "    ▀▄█▄▀    ",
      "    █▄▄▄█    ",
      "    ▀ ▀      ",
      "             ",
      "             ",
    ])
  }

  @Test func everyCellOfTheCodeAndItsQuietZoneIsDarkOnLight() {
    let buffer = draw(Self.pattern, width: 13, height: 7)
    #expect(buffer.cells.allSatisfy { $0.role == .qrCode })
  }

  @Test func aTighterAreaGetsTheLeastQuietZone() {
    let buffer = draw(Self.pattern, width: 9, height: 5)
    #expect(buffer.lines == [
      "         ",
      "  ▀▄█▄▀  ",
      "  █▄▄▄█  ",
      "  ▀ ▀    ",
      "         ",
    ])
    #expect(QRCodeView.quietZone(for: Self.pattern, width: 9, height: 5, glyphs: .unicode) == 2)
    #expect(QRCodeView.quietZone(for: Self.pattern, width: 11, height: 6, glyphs: .unicode) == 3)
  }

  @Test func theCodeIsCentredAndLeavesTheRestAlone() {
    let buffer = draw(Self.pattern, width: 21, height: 11)
    let coded = (0..<buffer.height).flatMap { y in (0..<buffer.width).filter { buffer[$0, y].role == .qrCode }.map { ($0, y) } }
    #expect(coded.map(\.0).min() == 4 && coded.map(\.0).max() == 16, "13 columns centred in 21")
    #expect(coded.map(\.1).min() == 2 && coded.map(\.1).max() == 8, "7 rows centred in 11")
    #expect(buffer[0, 0].role == .background)
  }

  @Test(arguments: [(8, 5), (9, 4), (3, 30), (40, 2)])
  func tooSmallForTheWholeCodeWritesTheContact(width: Int, height: Int) {
    let buffer = draw(Self.pattern, width: width, height: height)
    #expect(!buffer.cells.contains { $0.role == .qrCode }, "never a cropped code")
    #expect(buffer.text.replacingOccurrences(of: "\n", with: "").contains("ada@"))
    #expect(buffer.cells.contains { $0.role == .cardContact })
  }

  @Test func theContactIsWrittenWhereItFits() {
    let buffer = draw(Self.pattern, width: 20, height: 3)
    #expect(buffer.trimmedLines == ["", "  ada@example.org", ""])
    #expect(buffer.role(of: "ada@example.org", onRow: 1) == .cardContact)
  }

  @Test func withoutACodeTheContactIsWritten() {
    let buffer = draw(nil, width: 40, height: 20)
    #expect(buffer.text.contains("ada@example.org"))
    #expect(!buffer.cells.contains { $0.role == .qrCode })
  }

  @Test func asciiTerminalsGetTheContactInstead() {
    let buffer = draw(Self.pattern, width: 40, height: 20, glyphs: .ascii)
    #expect(buffer.text.contains("ada@example.org"))
    #expect(!buffer.cells.contains { $0.role == .qrCode })
    #expect(QRCodeView.quietZone(for: Self.pattern, width: 40, height: 20, glyphs: .ascii) == nil)
  }

  @Test func sizesCountTheQuietZoneOnEverySide() {
    let matrix = QRMatrix(size: 21, modules: Array(repeating: false, count: 441))!
    #expect(QRCodeView.cells(for: matrix, quietZone: 2) == (25, 13))
    #expect(QRCodeView.cells(for: matrix, quietZone: 4) == (29, 15))
    #expect(QRCodeView.quietZone(for: matrix, width: 25, height: 13, glyphs: .unicode) == 2)
    #expect(QRCodeView.quietZone(for: matrix, width: 24, height: 13, glyphs: .unicode) == nil)
    #expect(QRCodeView.quietZone(for: matrix, width: 25, height: 12, glyphs: .unicode) == nil)
  }

  @Test func aMatrixMustBeSquare() {
    #expect(QRMatrix(size: 2, modules: [true, false, true]) == nil)
    #expect(QRMatrix(size: 0, modules: []) == nil)
    #expect(Self.pattern[0, 0] && !Self.pattern[1, 0] && Self.pattern[4, 3])
    #expect(!Self.pattern[-1, 0] && !Self.pattern[5, 0] && !Self.pattern[0, 5], "outside is the light quiet zone")
  }

  @Test(arguments: BuiltinThemes.all.map(\.name))
  func everyThemeDrawsCodesBlackOnWhite(themeName: String) throws {
    let theme = try #require(BuiltinThemes.named(themeName))
    let black = TerminalColor.rgb(0, 0, 0), white = TerminalColor.rgb(255, 255, 255)
    #expect(theme.style(.qrCode, depth: .truecolor) == ResolvedStyle(foreground: black, background: white))
    #expect(theme.style(.qrCode, depth: .basic8) == ResolvedStyle(foreground: .basic(0), background: .basic(7)))
    let palette = theme.style(.qrCode, depth: .palette256)
    #expect(palette.foreground == .palette(TerminalColor.paletteIndex(r: 0, g: 0, b: 0)))
    #expect(palette.background == .palette(TerminalColor.paletteIndex(r: 255, g: 255, b: 255)))
    // Without colour the console's light-on-dark is reversed, so the dark modules stay dark.
    #expect(theme.style(.qrCode, depth: .monochrome) == ResolvedStyle(attributes: .reverse))
  }
}
