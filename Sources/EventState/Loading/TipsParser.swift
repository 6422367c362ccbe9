import Foundation

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
/// `Sanitizer.paragraphs`. A body longer than `longestBody` characters is cut at a word (with a
/// warning naming its line): no screen shows more, and laying out a novel every rotation costs a
/// kiosk its idle CPU.
public enum TipsParser {
  /// The most characters of a tip's body that are kept.
  public static let longestBody = 1000

  /// Parses the text of tips.md; `file` names it in problems.
  public static func parse(_ text: String, file: String = "tips.md") -> (tips: [Tip], problems: [Problem]) {
    var builder = TipsBuilder()
    for line in text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false) {
      builder.read(String(line))
    }
    builder.endTip()
    let cut = builder.cutLines.map { line, length in
      Problem(
        file: file, line: line,
        message: "this tip is \(length) characters long; the screen shows the first \(longestBody) (split it into shorter tips)",
        severity: .warning)
    }
    let problems =
      builder.tips.isEmpty
      ? [Problem(file: file, message: "no tips: write list items or # headings with a paragraph", severity: .warning)]
      : []
    return (builder.tips, cut + problems)
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
  /// The first line and the length of each tip cut to `TipsParser.longestBody`.
  private(set) var cutLines: [(line: Int, length: Int)] = []
  private var kind: Kind?
  /// The line being read (from 1), and the one where the current tip began.
  private var lineNumber = 0
  private var tipLine = 0
  private var paragraphs: [String] = []
  private var lines: [String] = []
  private var afterBlank = false
  private var inComment = false

  mutating func read(_ line: String) {
    lineNumber += 1
    if kind == nil { tipLine = lineNumber }
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
      // A tip that begins now begins on this line.
      tipLine = lineNumber
    }
    var body = Sanitizer.paragraphs(paragraphs.joined(separator: "\n\n"))
    guard let kind, !body.isEmpty else { return }
    if body.count > TipsParser.longestBody {
      cutLines.append((tipLine, body.count))
      body = Self.cut(body)
    }
    if case .heading(let title) = kind {
      tips.append(Tip(title: title.isEmpty ? nil : title, body: body))
    } else {
      tips.append(Tip(body: body))
    }
  }

  /// `body`'s first `TipsParser.longestBody` characters, back to the last space when there is one
  /// in the second half, and an ellipsis.
  private static func cut(_ body: String) -> String {
    let kept = body.prefix(TipsParser.longestBody - 1)
    var end = kept.endIndex
    if let space = kept.lastIndex(where: { $0 == " " || $0 == "\n" }), kept.distance(from: kept.startIndex, to: space) > TipsParser.longestBody / 2 {
      end = space
    }
    return kept[..<end].trimmingCharacters(in: .whitespacesAndNewlines) + "…"
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
