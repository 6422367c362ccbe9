import Testing

@testable import EventState

@Suite struct SanitizerTests {
  @Test func removesTerminalControlSequences() {
    #expect(Sanitizer.line("Alice\u{1B}[2JBob") == "Alice[2JBob")
    #expect(Sanitizer.line("\u{1B}]0;pwned\u{07}") == "]0;pwned")
    #expect(Sanitizer.line("Bell\u{07}\u{07}\u{07}") == "Bell")
    #expect(Sanitizer.line("C1\u{9B}31mred") == "C131mred")
    #expect(Sanitizer.line("del\u{7F}ete") == "delete")
  }

  @Test func turnsLayoutCharactersIntoSingleSpaces() {
    #expect(Sanitizer.line("Mallory\rEve") == "Mallory Eve")
    #expect(Sanitizer.line("Tab\there") == "Tab here")
    #expect(Sanitizer.line("  two \n\n lines  ") == "two lines")
    #expect(Sanitizer.line("Back\u{08}\u{08}\u{08}space") == "Backspace")
  }

  @Test func removesBidiAndInvisibleCharacters() {
    #expect(Sanitizer.line("Right\u{202E}to left") == "Rightto left")
    #expect(Sanitizer.line("Zero\u{200B}width\u{200D} joiner") == "Zerowidth joiner")
    #expect(Sanitizer.line("\u{FEFF}bom\u{2066}iso\u{2069}") == "bomiso")
    #expect(Sanitizer.line("heart\u{2764}\u{FE0F}") == "heart\u{2764}")
  }

  @Test func keepsAFewCombiningMarksPerCharacter() {
    let flood = "e" + String(repeating: "\u{0301}", count: 50)
    #expect(Sanitizer.line(flood).unicodeScalars.count == 1 + Sanitizer.maxCombiningMarks)
    #expect(Sanitizer.line("\u{0301}alone") == "alone")
    #expect(Sanitizer.line("Jos\u{0065}\u{0301}") == "Jos\u{0065}\u{0301}")
  }

  @Test func keepsEveryScriptAndEmoji() {
    for text in ["Mei Chen 陈", "ليلى حداد", "Łukasz Żółć", "👩🏽 rocket 🚀", "Åsa Nüñez"] {
      #expect(Sanitizer.line(text) == text)
    }
  }

  @Test func paragraphsKeepLineBreaksButNothingElse() {
    #expect(Sanitizer.paragraphs("one\r\ntwo\rthree\n\n\n\nfour\u{1B}[0m\n\n") == "one\ntwo\nthree\n\nfour[0m")
  }

  @Test func cleanTextIsRecognised() {
    #expect(Sanitizer.isClean("Ada Lovelace"))
    #expect(!Sanitizer.isClean("Ada\u{1B}"))
  }
}
