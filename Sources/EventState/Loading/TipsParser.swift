/// Reads tips.md into networking tips.
///
/// A tip is one of:
/// - a list item (`- `, `* `, `+ `, `1. `, `1) `) with its continuation lines (indented, or following
///   directly without a blank line); indented paragraphs after a blank line still belong to the item;
/// - a heading (`#` … `######`) with the paragraphs after it, up to the next heading, list item or rule:
///   the heading is the title. A heading with no paragraph of its own (say, `# Tips` above a list) is
///   only a caption and makes no tip;
/// - any other paragraph, as a tip without a title.
///
/// Lines of a paragraph are joined with spaces (as Markdown does); paragraphs are separated by a blank
/// line. Inline Markdown is reduced to plain text (`MarkdownInline`), rules (`---`), setext underlines and
/// `<!-- comments -->` are skipped. Titles pass through `Sanitizer.line`, bodies through
/// `Sanitizer.paragraphs`.
public enum TipsParser {
  /// Parses the text of tips.md; `file` names it in problems.
  public static func parse(_ text: String, file: String = "tips.md") -> (tips: [Tip], problems: [Problem]) {
    var builder = TipsBuilder()
    for line in text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false) {
      builder.read(String(line))
    }
    builder.endTip()
    let problems =
      builder.tips.isEmpty
      ? [Problem(file: file, message: "no tips: write list items or # headings with a paragraph", severity: .warning)]
      : []
    return (builder.tips, problems)
  }
}

/// The line-by-line state of reading tips.md.
private struct TipsBuilder {
  enum Kind {
    case heading(String)
    case item
    case paragraph
  }

  private(set) var tips: [Tip] = []
  private var kind: Kind?
  private var paragraphs: [String] = []
  private var lines: [String] = []
  private var afterBlank = false
  private var inComment = false

  mutating func read(_ line: String) {
    if inComment || line.trimmed.hasPrefix("<!--") {
      inComment = !line.contains("-->")
      return
    }
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    let content = line.trimmed
    defer { afterBlank = content.isEmpty }
    if content.isEmpty {
      endParagraph()
    } else if indent.count < 4, let title = Self.heading(content) {
      endTip()
      kind = .heading(title)
    } else if indent.count < 4, Self.isRule(content) {
      endTip()
    } else if indent.count < 4, let item = Self.listItem(content) {
      endTip()
      kind = .item
      lines = [item]
    } else {
      switch kind {
      case .item where afterBlank && indent.isEmpty, .paragraph where afterBlank, nil:
        endTip()
        kind = .paragraph
      case .heading, .item, .paragraph:
        break
      }
      lines.append(content)
    }
  }

  mutating func endTip() {
    endParagraph()
    defer {
      kind = nil
      paragraphs = []
    }
    let body = Sanitizer.paragraphs(paragraphs.joined(separator: "\n\n"))
    guard let kind, !body.isEmpty else { return }
    if case .heading(let title) = kind {
      tips.append(Tip(title: title.isEmpty ? nil : title, body: body))
    } else {
      tips.append(Tip(body: body))
    }
  }

  private mutating func endParagraph() {
    if !lines.isEmpty { paragraphs.append(MarkdownInline.plain(lines.joined(separator: " "))) }
    lines = []
  }

  /// The cleaned title of an ATX heading line (`## Title ##`), or nil.
  private static func heading(_ content: String) -> String? {
    let hashes = content.prefix { $0 == "#" }
    guard (1...6).contains(hashes.count) else { return nil }
    let rest = content.dropFirst(hashes.count)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    let text = String(rest).trimmed.replacing(/\s+#+$/, with: "")
    return Sanitizer.line(MarkdownInline.plain(text == String(repeating: "#", count: text.count) ? "" : text))
  }

  /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), or nil.
  private static func listItem(_ content: String) -> String? {
    guard let match = content.wholeMatch(of: /(?:[-*+]|[0-9]{1,9}[.)])[ \t]+(.*)/) else { return nil }
    return String(match.1)
  }

  /// `---`, `***`, `___` (spaces allowed) and setext underlines (`===`).
  private static func isRule(_ content: String) -> Bool {
    content.wholeMatch(of: /(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+/) != nil
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmed: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
