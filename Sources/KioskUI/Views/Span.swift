/// A run of text drawn in one style role; a line of a view is a list of spans.
public struct Span: Sendable, Hashable {
  /// Sanitized text.
  public var text: String
  /// How the text is drawn.
  public var role: StyleRole

  /// `text` drawn in `role`.
  public init(_ text: String, _ role: StyleRole) {
    self.text = text
    self.role = role
  }

  /// Columns the spans take together.
  public static func width(of spans: [Span]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// `spans` as they are when they fit `columns`, otherwise cut (see `cut`).
  public static func fitted(_ spans: [Span], to columns: Int, ellipsis: String) -> [Span] {
    width(of: spans) <= columns ? spans : cut(spans, to: columns, ellipsis: ellipsis)
  }

  /// `spans` marked as cut: as much as fits `columns` together with `ellipsis`, trailing spaces
  /// dropped, then `ellipsis` in the role of the span it cuts into.
  public static func cut(_ spans: [Span], to columns: Int, ellipsis: String) -> [Span] {
    let room = columns - DisplayWidth.of(ellipsis)
    guard room >= 0, let first = spans.first else { return [] }
    var kept: [Span] = []
    var used = 0
    var cutRole = first.role
    fill: for span in spans {
      cutRole = span.role
      var text = ""
      for character in span.text {
        let w = DisplayWidth.of(character)
        if used + w > room {
          kept.append(Span(text, span.role))
          break fill
        }
        text.append(character)
        used += w
      }
      kept.append(Span(text, span.role))
    }
    while let last = kept.last {
      if last.text.isEmpty {
        kept.removeLast()
      } else if last.text.last == " " {
        kept[kept.count - 1].text.removeLast()
      } else {
        break
      }
    }
    return kept + [Span(ellipsis, cutRole)]
  }
}
