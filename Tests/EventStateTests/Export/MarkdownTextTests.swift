import Testing

@testable import EventState

/// Attendee text in Markdown stays plain text.
@Suite struct MarkdownTextTests {
  @Test(arguments: [
    ("plain words", "plain words"),
    ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
    ("[link](http://x) ![img](y)", "\\[link\\](http://x) !\\[img\\](y)"),
    ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
    ("a | b", "a \\| b"),
    ("~~gone~~", "\\~\\~gone\\~\\~"),
    ("Title #", "Title \\#"),
    ("back\\slash", "back\\\\slash"),
    ("&amp; &#60; R&D", "\\&amp; \\&\\#60; R\\&D"),
    ("Weiß & Kern", "Weiß & Kern"),
  ])
  func escapes(text: String, expected: String) {
    #expect(MarkdownText.escaped(text) == expected)
  }
}
