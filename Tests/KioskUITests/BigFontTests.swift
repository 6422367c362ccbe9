import Testing

@testable import KioskUI

/// The font's table of alternates stands in for Foundation's folding, which was too slow to run for
/// every letter of every frame: every character must still get the glyph the folding gave it.
@Suite struct BigFontTests {
  /// The key the font used to find for `character`: its own when it has one, else Foundation's folding.
  static func foldedThroughFoundation(_ character: Character) -> Character? {
    BigFont.glyphs[character] != nil ? character : BigFont.foldedKey(character)
  }

  @Test func everyCharacterOfTheBasicMultilingualPlaneGetsTheGlyphFoundationFoldsItTo() {
    var disagreements: [String] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = Character(scalar)
      let key = BigFont.key(for: character), expected = Self.foldedThroughFoundation(character)
      if key != expected { disagreements.append("U+\(String(value, radix: 16)): \(key.map(String.init) ?? "none") instead of \(expected.map(String.init) ?? "none")") }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
  }

  @Test(arguments: [
    "e\u{301}", "E\u{301}\u{302}", "o\u{308}\u{304}", "A\u{20DD}", "a\u{93F}", "1\u{FE0F}\u{20E3}", "=\u{338}", " \u{301}",
    "\u{212A}", "\u{212B}", "\u{37E}", "👍🏽", "🇫🇷", "\r\n", "陈",
  ])
  func graphemesOfSeveralScalarsAndEquivalentsGetTheGlyphFoundationFoldsThemTo(_ text: String) {
    let character = Character(text)
    #expect(BigFont.key(for: character) == Self.foldedThroughFoundation(character))
  }

  @Test func lowerCaseAndAccentedLettersAreDrawnWithThePlainCapital() {
    #expect(BigFont.glyph(for: "é")?.key == "E")
    #expect(BigFont.glyph(for: "ß") == nil)
    #expect(BigFont.glyph(for: "ǖ") == BigFont.glyph(for: "U"))
    #expect(BigFont.glyph(for: "≠") == BigFont.glyph(for: "="))
  }

  @Test func aGlyphIsReadFromItsBitmapOnce() {
    let glyph = BigGlyph(key: "T", bitmap: ["###", ".#.", ".#."])
    #expect(glyph.width == 3)
    #expect(glyph.isSet(row: 0, column: 2))
    #expect(!glyph.isSet(row: 1, column: 0))
    #expect(glyph.isSet(row: 2, column: 1))
  }
}
