import KioskUI
import Testing

@Suite struct BigTextTests {
  @Test func largeLettersAreFiveRowsOfFullBlocks() {
    let big = BigText(lines: ["Hi!"], size: .large, role: .tipTitle)
    let buffer = render(big, width: 11, height: 5)
    #expect(buffer.lines == [
      "█  █ ███ # ".replacingOccurrences(of: "#", with: "█"),
      "█  █  █  █ ",
      "████  █  █ ",
      "█  █  █    ",
      "█  █ ███ █ ",
    ])
    #expect(buffer[0, 0].role == .tipTitle)
  }

  @Test func compactLettersUseHalfBlocksInThreeRows() {
    let buffer = render(BigText(lines: ["HI"], size: .compact, role: .tipTitle), width: 8, height: 3)
    #expect(buffer.lines == [
      "█  █ ▀█▀",
      "█▀▀█  █ ",
      "▀  ▀ ▀▀▀",
    ])
  }

  @Test func hugeLettersDoubleEveryDot() {
    let buffer = render(BigText(lines: ["1"], size: .huge, role: .micCountdown), width: 6, height: 10)
    #expect(buffer.lines == [
      "  ██  ", "  ██  ",
      "████  ", "████  ",
      "  ██  ", "  ██  ",
      "  ██  ", "  ██  ",
      "██████", "██████",
    ])
  }

  @Test func lowerCaseAndAccentsAreDrawnAsPlainCapitals() {
    let lower = render(BigText(lines: ["léa"], size: .large, role: .micLive), width: 14, height: 5)
    let upper = render(BigText(lines: ["LEA"], size: .large, role: .micLive), width: 14, height: 5)
    #expect(lower.lines == upper.lines)
  }

  @Test func aCharacterTheFontLacksIsDrawnAsItselfOnTheMiddleRow() {
    let buffer = render(BigText(lines: ["I東"], size: .large, role: .micLive), width: 6, height: 5)
    #expect(buffer.lines[2] == " █  東")
    #expect(buffer[4, 2].width == 2)
    #expect(BigText.width(of: "I東", size: .large) == 6)
  }

  @Test func widthCountsGlyphsAndTheBlankColumnsBetweenThem() {
    #expect(BigText.width(of: "HI", size: .large) == 8)
    #expect(BigText.width(of: "HI", size: .huge) == 16)
    #expect(BigText.width(of: "A B", size: .compact) == 12)
  }

  @Test func fittingPicksTheLargestSizeThatFitsAndBreaksAtSpaces() {
    let huge = BigText.fitting("Ask", role: .tipTitle, width: 40, height: 10, glyphs: .unicode)
    #expect(huge?.size == .huge)
    let large = BigText.fitting("Ask, then listen", role: .tipTitle, width: 44, height: 11, glyphs: .unicode)
    #expect(large?.size == .large)
    #expect(large?.lines == ["Ask, then", "listen"])
    let compact = BigText.fitting("Ask, then listen", role: .tipTitle, width: 44, height: 7, glyphs: .unicode)
    #expect(compact?.size == .compact)
    #expect(BigText.fitting("Ask, then listen", role: .tipTitle, width: 44, height: 6, glyphs: .unicode) == nil)
    #expect(BigText.fitting("Unbreakableword", role: .tipTitle, width: 20, height: 50, glyphs: .unicode) == nil)
  }

  @Test func asciiTerminalsNeverGetHalfBlocks() {
    #expect(BigText.fitting("Ask, then listen", role: .tipTitle, width: 44, height: 7, glyphs: .ascii) == nil)
    let big = BigText.fitting("Hi", role: .tipTitle, width: 40, height: 5, glyphs: .ascii)
    #expect(big?.size == .large)
    let buffer = render(big!, width: 9, height: 5, context: Demo.context(glyphs: .ascii))
    #expect(buffer.lines[2] == "####  #  ")
  }

  @Test func linesThatDoNotFitTheAreaAreNotDrawn() {
    let buffer = render(BigText(lines: ["HI", "HI"], size: .large, role: .tipTitle), width: 8, height: 8)
    #expect(buffer.trimmedLines[5...] == ["", "", ""])
  }
}
