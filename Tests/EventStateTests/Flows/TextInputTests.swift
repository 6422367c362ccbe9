import Testing

@testable import EventState

@Suite struct TextInputTests {
  func typed(_ text: String, limit: Int = 20) -> TextInput {
    var input = TextInput(limit: limit)
    for character in text { _ = input.apply(.character(character)) }
    return input
  }

  @Test func charactersAreAppendedAndBackspaceRemovesTheLastGrapheme() {
    var input = typed("Zoë 陈")
    #expect(input.text == "Zoë 陈")
    _ = input.apply(.backspace)
    #expect(input.text == "Zoë ")
    _ = input.apply(.backspace)
    _ = input.apply(.backspace)
    #expect(input.text == "Zo")
  }

  @Test func theLimitCountsCharactersNotBytes() {
    let input = typed("陈陈陈陈陈陈", limit: 4)
    #expect(input.text == "陈陈陈陈")
    #expect(input.isFull)
  }

  @Test func noControlBidiOrZeroWidthCharacterGetsIn() {
    #expect(typed("a\u{07}\u{1B}\u{7F}\u{9B}\u{202E}\u{2066}\u{200B}\u{200D}\u{FEFF}b").text == "ab")
  }

  @Test func spacesDoNotPileUpAndLeadingSpacesAreDropped() {
    #expect(typed("  a   b").text == "a b")
  }

  @Test func combiningMarksJoinTheLetterBeforeThem() {
    #expect(typed("e\u{0301}").text == "e\u{0301}")
    #expect(typed("\u{0301}x").text == "x")
    #expect(typed("e" + String(repeating: "\u{0301}", count: 10)).text.unicodeScalars.count == 1 + Sanitizer.maxCombiningMarks)
  }

  @Test func otherKeysAreNotEditingKeys() {
    var input = typed("ab")
    let enter = input.apply(.enter)
    let up = input.apply(.up)
    #expect(!enter && !up)
    #expect(input.text == "ab")
  }
}
