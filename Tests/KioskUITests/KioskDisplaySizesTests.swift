import EventState
import KioskUI
import Testing

/// Every screen at the sizes the kiosk must look right in, landscape and portrait: the key content
/// is there, every cell is whole and no box is broken by text running into it.
@Suite struct KioskDisplaySizesTests {
  static let sizes = [(80, 24), (120, 40), (160, 48), (320, 90), (60, 100), (40, 14)]

  func checked(_ screen: ScreenKind, _ width: Int, _ height: Int, glyphs: GlyphSet = .unicode) -> CellBuffer {
    let buffer = render(Demo.display(screen), width: width, height: height, context: Demo.context(glyphs: glyphs), name: screen.rawValue)
    #expect(layoutProblems(buffer) == [], "\(screen) at \(width)x\(height)")
    if glyphs == .unicode { #expect(brokenBoxes(buffer) == [], "\(screen) at \(width)x\(height)") }
    #expect(buffer.text.contains("Harbour Founders Night"))
    return buffer
  }

  @Test(arguments: sizes)
  func cardsScreenShowsPeopleAtEverySize(width: Int, height: Int) {
    let buffer = checked(.cards, width, height)
    #expect(buffer.text.contains("People · 23"))
    #expect(buffer.text.contains("Wen Li"))
    #expect(buffer.text.contains("Staff engineer · Cloudberry"))
  }

  @Test func onTheLargestScreenEveryoneFitsOnOnePage() {
    let buffer = checked(.cards, 320, 90)
    #expect(!buffer.text.contains("page "))
    #expect(buffer.text.contains("Jamal Okafor"))
    #expect(buffer.text.contains("Looking for: A senior firmware"))
  }

  @Test(arguments: sizes)
  func wallShowsEveryTopicAtEverySize(width: Int, height: Int) {
    let buffer = checked(.wall, width, height)
    for title in ["For investors", "Founders", "Legal help", "Design", "Engineering", "Hiring"] {
      // The narrowest panes shorten long titles to keep the count.
      let shown = width < 60 ? String(title.prefix(6)) : title
      #expect(buffer.text.contains(shown), "\(title) missing at \(width)x\(height)")
    }
    #expect(buffer.text.contains("Kenji Watanabe"))
  }

  @Test(arguments: sizes)
  func tipsShowTheFirstTipAtEverySize(width: Int, height: Int) {
    let buffer = checked(.tips, width, height)
    #expect(buffer.text.contains("Tip 1 of 3"))
    let blockRows = buffer.lines.indices.filter { buffer.role(of: "█", onRow: $0) == .tipText }
    #expect(buffer.text.contains("Open with a question") != !blockRows.isEmpty, "the text is either plain or in block letters")
  }

  @Test(arguments: sizes)
  func openMicShowsSpeakerAndQueueAtEverySize(width: Int, height: Int) {
    let buffer = checked(.openmic, width, height)
    #expect(buffer.text.contains("Up next · 3"))
    #expect(buffer.text.contains("Tom Becker"))
    #expect(buffer.text.contains("left"))
  }

  @Test(arguments: ScreenKind.allCases)
  func asciiGlyphsReplaceEveryUnicodeGlyph(screen: ScreenKind) {
    let buffer = checked(screen, 100, 30, glyphs: .ascii)
    let unicodeGlyphs = Set("─│╭╮╰╯…·—●○█▀▄")
    #expect(!buffer.text.contains { unicodeGlyphs.contains($0) })
    #expect(buffer.text.contains("+--") || screen == .tips || screen == .spotlight, "screens with boxes draw them in ASCII")
    #expect(buffer.text.contains("Harbour Founders Night - Pier 7 Loft"))
  }
}
