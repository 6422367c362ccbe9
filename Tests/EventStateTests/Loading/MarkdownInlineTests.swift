import Testing

@testable import EventState

@Suite struct MarkdownInlineTests {
  @Test(arguments: [
    ("**bold** and *it*", "bold and it"),
    ("__strong__ _em_", "strong em"),
    ("snake_case_name", "snake_case_name"),
    ("2 * 3 = 6", "2 * 3 = 6"),
    ("`code`", "code"),
    ("[text](https://x.test) after", "text after"),
    ("[**bold link**](u)", "bold link"),
    ("![alt](img.png)", "alt"),
    ("[not a link] (x)", "[not a link] (x)"),
    ("\\*literal\\* \\_", "*literal* _"),
    ("unclosed [bracket", "unclosed [bracket"),
  ])
  func plainText(markdown: String, plain: String) {
    #expect(MarkdownInline.plain(markdown) == plain)
  }
}

extension MarkdownInlineTests {
  @Test func longRunsOfBracketsStayPlain() {
    let text = String(repeating: "[", count: 20_000) + "](" + String(repeating: "x", count: 10)
    #expect(MarkdownInline.plain(text) == text)
  }
}
