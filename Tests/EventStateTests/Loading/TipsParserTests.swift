import TestSupport
import Testing

@testable import EventState

/// tips.md: list items, heading sections, inline Markdown.
@Suite struct TipsParserTests {
  @Test func listItemsWithContinuationLines() {
    let (tips, problems) = TipsParser.parse(
      """
      - Ask what they are working on,
        not what they do.
      * Give before you ask.
      1. Follow up within
         48 hours.
      2) Bring cards.
      continued lazily

      - Loose item

        with a second paragraph.
      """)
    #expect(problems.isEmpty)
    #expect(
      tips == [
        Tip(body: "Ask what they are working on, not what they do."),
        Tip(body: "Give before you ask."),
        Tip(body: "Follow up within 48 hours."),
        Tip(body: "Bring cards. continued lazily"),
        Tip(body: "Loose item\n\nwith a second paragraph."),
      ])
  }

  @Test func headingSections() {
    let (tips, _) = TipsParser.parse(
      """
      # Tips for tonight

      ## Find the right people

      The wall groups cards
      by topic.

      Ask the host to introduce you.

      ### Leave kindly ###
      Say it was great to meet them.
      """)
    #expect(
      tips == [
        Tip(title: "Find the right people", body: "The wall groups cards by topic.\n\nAsk the host to introduce you."),
        Tip(title: "Leave kindly", body: "Say it was great to meet them."),
      ])
  }

  @Test func mixedStylesAndFreeParagraphs() {
    let (tips, _) = TipsParser.parse(
      """
      A paragraph on its own.

      ## Heading
      Body text.
      - An item ends the section.
      <!-- a comment
      spanning lines -->
      ---
      After the rule.
      """)
    #expect(
      tips == [
        Tip(body: "A paragraph on its own."),
        Tip(title: "Heading", body: "Body text."),
        Tip(body: "An item ends the section."),
        Tip(body: "After the rule."),
      ])
  }

  @Test func inlineMarkdownIsStripped() {
    let (tips, _) = TipsParser.parse(
      """
      ## **Bold** `title`
      Use *emphasis*, __strong__, `code`, [links](https://example.test) and ![images](x.png).
      - Keep snake_case, 2 * 3 and \\*escaped\\* stars.
      """)
    #expect(
      tips == [
        Tip(title: "Bold title", body: "Use emphasis, strong, code, links and images."),
        Tip(body: "Keep snake_case, 2 * 3 and *escaped* stars."),
      ])
  }

  @Test func emptyFileWarns() {
    for text in ["", "\n\n", "# Only a caption\n", "<!-- nothing -->\n"] {
      let (tips, problems) = TipsParser.parse(text)
      #expect(tips.isEmpty)
      #expect(problems.lines == ["tips.md: warning: no tips: write list items or # headings with a paragraph"])
    }
  }

  @Test func hostileStringsAreSanitized() throws {
    let hostile = HostileStrings.all
    let text = hostile.map { "## \($0)\n\($0)\n\n- \($0)\n" }.joined(separator: "\n")
    let (tips, _) = TipsParser.parse(text)
    #expect(tips.count >= hostile.count)
    for tip in tips {
      #expect(Sanitizer.isClean(tip.title ?? ""))
      #expect(Sanitizer.paragraphs(tip.body) == tip.body)
      #expect(!tip.body.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" || $0.value == 0x202E })
    }
  }

  @Test func crlfAndCRLineEnds() {
    let (tips, _) = TipsParser.parse("- One\r\n- Two\r- Three")
    #expect(tips.map(\.body) == ["One", "Two", "Three"])
  }

  @Test func rulesAreNotListItems() {
    let (tips, _) = TipsParser.parse("* * *\n- real\n___\n")
    #expect(tips.map(\.body) == ["real"])
  }

  /// A runaway tip (a pasted article) is cut at a word, with a warning naming the line it begins on.
  @Test func aVeryLongTipIsCutAtAWordWithAWarning() {
    let long = Array(repeating: "word", count: 400).joined(separator: " ")
    let (tips, problems) = TipsParser.parse("- Short one\n\n## Long\n\n\(long)\n\n- After\n")
    #expect(tips.map(\.title) == [nil, "Long", nil])
    let cut = tips[1].body
    #expect(cut.count <= TipsParser.longestBody)
    #expect(cut.hasSuffix("word…"), "cut after a whole word")
    #expect(tips[2].body == "After")
    #expect(problems.lines == ["tips.md:3: warning: this tip is 1999 characters long; the screen shows the first 1000 (split it into shorter tips)"])
  }

  @Test func aTipOfTheLongestLengthIsKeptWhole() {
    let body = String(repeating: "a", count: TipsParser.longestBody)
    let (tips, problems) = TipsParser.parse("- \(body)\n")
    #expect(tips.map(\.body) == [body])
    #expect(problems.isEmpty)
  }
}
