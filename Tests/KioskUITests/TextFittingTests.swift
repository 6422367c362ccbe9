import KioskUI
import Testing

@Suite struct TextFittingTests {
  @Test func truncateKeepsTextThatFits() {
    #expect(TextFitting.truncate("Ada Quill", to: 9) == "Ada Quill")
  }

  @Test func truncateCutsAndEndsInEllipsisWithoutTrailingSpace() {
    #expect(TextFitting.truncate("Ada Quill Partner", to: 10) == "Ada Quill…")
    #expect(TextFitting.truncate("Ada Quill Partner", to: 5) == "Ada…")
    #expect(TextFitting.truncate("Ada", to: 0) == "")
  }

  @Test func truncateMeasuresWideCharactersAsTwoColumns() {
    #expect(TextFitting.truncate("林美玲さん", to: 6) == "林美…")
    #expect(DisplayWidth.of(TextFitting.truncate("林美玲さん", to: 6)) == 5)
    #expect(TextFitting.truncate("🎤🎤🎤", to: 5) == "🎤🎤…")
  }

  @Test func cutMarksTextAsCutEvenWhenItFits() {
    #expect(TextFitting.cut("Intros", to: 20) == "Intros…")
    #expect(TextFitting.cut("Intros to seed funds", to: 10) == "Intros to…")
  }

  @Test func wrapBreaksAtSpacesAndSplitsLongWords() {
    #expect(TextFitting.wrap("Open with a question about their work", to: 12) == ["Open with a", "question", "about their", "work"])
    #expect(TextFitting.wrap("Supercalifragilistic", to: 8) == ["Supercal", "ifragili", "stic"])
  }

  @Test func wrapKeepsLineBreaks() {
    #expect(TextFitting.wrap("One\nTwo three", to: 20) == ["One", "Two three"])
  }

  @Test func wrapMarksTheLastLineWhenTextIsLeftOver() {
    #expect(TextFitting.wrap("Open with a question about their work", to: 12, maxLines: 2) == ["Open with a", "question…"])
    #expect(TextFitting.wrap("aaaa bbbb cccc dddd", to: 9, maxLines: 1) == ["aaaa bbb…"])
    #expect(TextFitting.wrap("aaaa bbbbbbbbbb", to: 12, maxLines: 1) == ["aaaa…"])
    #expect(TextFitting.wrap("aaaa bbbb cccc", to: 20, maxLines: 0) == [])
  }

  @Test func wrapMeasuresWideCharacters() {
    let lines = TextFitting.wrap("東京 大阪 名古屋", to: 6)
    #expect(lines == ["東京", "大阪", "名古屋"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 6 })
  }

  @Test func wrapBreaksBetweenWideCharactersWithoutAddingSpaces() {
    #expect(TextFitting.wrap("Can help: ブランドとUXの相談", to: 20) == ["Can help: ブランドと", "UXの相談"])
    #expect(TextFitting.wrap("東京スタジオ", to: 7) == ["東京ス", "タジオ"])
  }

  @Test func padAlignsToExactWidth() {
    #expect(TextFitting.pad("ab", to: 6, alignment: .leading) == "ab    ")
    #expect(TextFitting.pad("ab", to: 6, alignment: .center) == "  ab  ")
    #expect(TextFitting.pad("ab", to: 6, alignment: .trailing) == "    ab")
    #expect(TextFitting.pad("abcdefgh", to: 6) == "abcde…")
  }
}
