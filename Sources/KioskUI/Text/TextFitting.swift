/// Fits text into a number of columns: truncation with an ellipsis and word wrapping, both measured
/// in display columns per grapheme.
public enum TextFitting {
  /// `text` cut to at most `columns` columns, ending in `ellipsis` when something was cut.
  public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
    guard columns > 0 else { return "" }
    if DisplayWidth.of(text) <= columns { return text }
    return cut(text, to: columns, ellipsis: ellipsis)
  }

  /// `text` marked as cut: as much of it as fits `columns` together with `ellipsis`, then `ellipsis`
  /// (even when the whole text would fit: something after it was left out).
  public static func cut(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
    let room = columns - DisplayWidth.of(ellipsis)
    guard room >= 0 else { return "" }
    var out = "", used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      out.append(character)
      used += w
    }
    while out.last == " " { out.removeLast() }
    return out + ellipsis
  }

  /// `text` broken into lines of at most `columns` columns, at spaces and next to wide (CJK)
  /// characters where possible (a word longer than a line is split). Existing line breaks are kept.
  /// At most `maxLines` lines; when text is left over, the last line ends in `ellipsis`.
  public static func wrap(_ text: String, to columns: Int, maxLines: Int = .max, ellipsis: String = "…") -> [String] {
    guard columns > 0, maxLines > 0 else { return [] }
    var lines: [String] = []
    var truncated = false
    outer: for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = "", width = 0
      for (piece, spaced) in breakablePieces(paragraph) {
        var word = piece
        var ww = DisplayWidth.of(word)
        let gap = spaced ? 1 : 0
        if width > 0, width + gap + ww <= columns {
          line += (spaced ? " " : "") + word
          width += gap + ww
          continue
        }
        if width > 0 {
          if lines.count == maxLines { truncated = true; break outer }
          lines.append(line)
          line = ""
          width = 0
        }
        while ww > columns {
          let (head, rest) = splitPrefix(word, columns: columns)
          if lines.count == maxLines { truncated = true; break outer }
          lines.append(head)
          word = rest
          ww = DisplayWidth.of(word)
        }
        line = word
        width = ww
      }
      if lines.count == maxLines { truncated = true; break }
      lines.append(line)
    }
    if truncated, let last = lines.last {
      lines[lines.count - 1] = cut(last, to: columns, ellipsis: ellipsis)
    }
    return lines
  }

  /// The pieces a line may break between: words, and within a word each wide character on its own
  /// (CJK text has no spaces; a line may break next to any ideograph). `spaced` tells whether a space
  /// separates the piece from the one before.
  static func breakablePieces(_ paragraph: Substring) -> [(text: String, spaced: Bool)] {
    var pieces: [(text: String, spaced: Bool)] = []
    for word in paragraph.split(separator: " ") {
      var current = "", spaced = true
      for character in word {
        if let last = current.last, DisplayWidth.of(character) == 2 || DisplayWidth.of(last) == 2 {
          pieces.append((current, spaced))
          current = ""
          spaced = false
        }
        current.append(character)
      }
      pieces.append((current, spaced))
    }
    return pieces
  }

  /// The longest prefix of `word` that fits `columns` (at least one grapheme), and the rest.
  static func splitPrefix(_ word: String, columns: Int) -> (String, String) {
    var head = "", used = 0
    var index = word.startIndex
    while index < word.endIndex {
      let w = DisplayWidth.of(word[index])
      if used + w > columns, !head.isEmpty { break }
      head.append(word[index])
      used += w
      index = word.index(after: index)
    }
    return (head, String(word[index...]))
  }

  /// `text` padded with spaces (or cut) so that it is exactly `columns` wide, aligned as asked.
  public static func pad(_ text: String, to columns: Int, alignment: Alignment = .leading) -> String {
    let fitted = truncate(text, to: columns)
    let room = columns - DisplayWidth.of(fitted)
    switch alignment {
    case .leading: return fitted + String(repeating: " ", count: room)
    case .trailing: return String(repeating: " ", count: room) + fitted
    case .center:
      let left = room / 2
      return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: room - left)
    }
  }

  /// Horizontal alignment.
  public enum Alignment: Sendable {
    case leading, center, trailing
  }
}
