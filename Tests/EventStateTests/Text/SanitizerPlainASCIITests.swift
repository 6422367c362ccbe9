import Testing

@testable import EventState

/// Plain ASCII text skips the scalar-by-scalar path: it must come out exactly as that path would
/// return it, and only text that path returns unchanged may skip it.
@Suite struct SanitizerPlainASCIITests {
  /// Edge cases next to the fast path's boundaries: empty, spaces at the ends and in a row, every kind
  /// of ASCII white space, the controls just below and above printable ASCII, one letter outside it.
  static let edgeCases = [
    "", " ", "  ", "a", "Ada Lovelace", " Ada", "Ada ", "Ada  Lovelace", "Ada\tLovelace", "Ada\u{0B}", "\u{0C}Ada",
    "Ada\rLovelace", "Ada\nLovelace", "Ada\r\nLovelace", "del\u{7F}ete", "unit\u{1F}sep", "\u{1F}", "\u{7F}", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
    "é", "Léa", "Ada\u{A0}Lovelace", "Ada\u{85}", "Jos\u{0065}\u{0301}", "陈", "🚀", "a\n\nb", "a\n\n\nb", "\na", "a\n", "a\n \nb", "a \nb",
    "a\n b", "one\ntwo\n\nthree",
  ]

  @Test(arguments: edgeCases) func aLineComesOutAsTheLongPathMakesIt(_ text: String) {
    #expect(Sanitizer.line(text) == Sanitizer.cleanedLine(text))
    if Sanitizer.isPlainLine(text) { #expect(Sanitizer.cleanedLine(text) == text) }
  }

  @Test(arguments: edgeCases) func paragraphsComeOutAsTheLongPathMakesThem(_ text: String) {
    #expect(Sanitizer.paragraphs(text) == Sanitizer.cleanedParagraphs(text))
    if Sanitizer.isPlainParagraphs(text) { #expect(Sanitizer.cleanedParagraphs(text) == text) }
  }

  @Test func printableASCIIWithSingleInnerSpacesIsPlain() {
    #expect(Sanitizer.isPlainLine("Ada Lovelace"))
    #expect(Sanitizer.isPlainLine("~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./"))
    #expect(Sanitizer.isPlainParagraphs("one\ntwo\n\nthree"))
    for text in [" Ada", "Ada ", "Ada  Lovelace", "Ada\tLovelace", "del\u{7F}ete", "unit\u{1F}sep", "é", "Ada\u{A0}Lovelace", ""] {
      #expect(!Sanitizer.isPlainLine(text), "\(text.debugDescription)")
    }
    for text in ["\na", "a\n", "a\n\n\nb", "a\n \nb", "a \nb", "a\n b", "a\r\nb", "Léa", ""] {
      #expect(!Sanitizer.isPlainParagraphs(text), "\(text.debugDescription)")
    }
  }

  /// Every string of up to five characters drawn from a letter, a space, a line feed, a tab, DEL and
  /// the unit separator: the fast path is taken exactly when the long path would return the text
  /// unchanged (and is not empty).
  @Test func theFastPathIsTakenExactlyWhenTheLongPathChangesNothing() {
    let alphabet: [Character] = ["a", " ", "\n", "\t", "\u{7F}", "\u{1F}"]
    var texts = [""]
    var all: [String] = []
    for _ in 1...5 {
      texts = texts.flatMap { text in alphabet.map { text + String($0) } }
      all += texts
    }
    for text in all {
      #expect(Sanitizer.isPlainLine(text) == (Sanitizer.cleanedLine(text) == text), "\(text.debugDescription)")
      #expect(Sanitizer.isPlainParagraphs(text) == (Sanitizer.cleanedParagraphs(text) == text), "\(text.debugDescription)")
    }
  }
}
