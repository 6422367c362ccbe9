/// Makes external text safe to store and to draw on a terminal.
///
/// Every string that comes from a file, the keyboard or the store passes through here when it enters
/// the program. What is removed can move the cursor, change modes, reorder text or hide in plain sight:
/// C0 controls (CR, BS, LF, TAB, ESC, BEL, …), DEL, C1 controls (including the 8-bit CSI `U+009B`),
/// bidirectional controls, zero-width and invisible format characters, variation selectors, and
/// floods of combining marks (at most `maxCombiningMarks` stay on each character).
public enum Sanitizer {
  /// Combining marks kept on one base character; more are dropped (ncurses keeps only a few anyway).
  public static let maxCombiningMarks = 2

  /// One line of text: every control and layout character removed, runs of white space folded into
  /// one space, trimmed. Text that is plain ASCII and already clean is returned as it is, after one
  /// look at its bytes.
  public static func line(_ text: String) -> String {
    isPlainLine(text) ? text : cleanedLine(text)
  }

  /// `line(_:)` the long way, one scalar at a time: what it returns for text that is not plain.
  static func cleanedLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    var marks = 0
    for scalar in text.unicodeScalars {
      if isWhitespaceLike(scalar) {
        pendingSpace = !out.isEmpty
        marks = 0
        continue
      }
      guard isAllowed(scalar) else { continue }
      if isCombining(scalar) {
        if out.isEmpty || pendingSpace || marks >= maxCombiningMarks { continue }
        marks += 1
      } else {
        marks = 0
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// Multi-line text: each line cleaned as by `line(_:)`; single line breaks kept, blank runs folded.
  /// Text that is plain ASCII and already clean is returned as it is, after one look at its bytes.
  public static func paragraphs(_ text: String) -> String {
    isPlainParagraphs(text) ? text : cleanedParagraphs(text)
  }

  /// `paragraphs(_:)` the long way, line by line: what it returns for text that is not plain.
  static func cleanedParagraphs(_ text: String) -> String {
    let normalized = text.replacingCRLF()
    var lines: [String] = []
    var lastBlank = true
    for raw in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
      let cleaned = line(String(raw))
      if cleaned.isEmpty {
        if !lastBlank { lines.append("") }
        lastBlank = true
      } else {
        lines.append(cleaned)
        lastBlank = false
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Whether `text` would pass through `line(_:)` unchanged.
  public static func isClean(_ text: String) -> Bool { line(text) == text }

  // MARK: - Plain ASCII, returned as it is

  /// Whether `text` is one line that `line(_:)` would return unchanged, decided from its UTF-8 bytes
  /// in one pass: printable ASCII (0x20–0x7E) only, no space at either end and no two spaces in a
  /// row. Most names, titles and companies are; they skip the scalar-by-scalar path. False for the
  /// empty string, which that path returns at once.
  static func isPlainLine(_ text: String) -> Bool {
    var previous = space  // as if a space came before the first byte, so a leading one is caught
    for byte in text.utf8 {
      guard byte > space && byte < delete || byte == space && previous != space else { return false }
      previous = byte
    }
    return previous != space
  }

  /// Whether `text` is text that `paragraphs(_:)` would return unchanged, decided from its UTF-8
  /// bytes in one pass: lines that are each plain (see `isPlainLine(_:)`) or empty, separated by
  /// single line feeds, with no empty line first, last, or after another empty line.
  static func isPlainParagraphs(_ text: String) -> Bool {
    var previous = lineFeed, beforePrevious = lineFeed  // as if the text followed an empty line
    for byte in text.utf8 {
      switch byte {
      case space:
        guard previous != space, previous != lineFeed else { return false }
      case lineFeed:
        guard previous != space, !(previous == lineFeed && beforePrevious == lineFeed) else { return false }
      default:
        guard byte > space && byte < delete else { return false }
      }
      beforePrevious = previous
      previous = byte
    }
    return previous != space && previous != lineFeed
  }

  /// The bytes the plain-ASCII checks look for.
  private static let space = UInt8(ascii: " ")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let delete: UInt8 = 0x7F

  // MARK: - Character classes

  /// Characters that separate words: kept as a single space in one-line text.
  static func isWhitespaceLike(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029,
      0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// False for every character that must never reach the terminal.
  static func isAllowed(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    switch v {
    case 0x00...0x1F, 0x7F, 0x80...0x9F: return false  // C0, DEL, C1
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return false  // bidi controls
    case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x180E, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0:
      return false  // zero-width and invisible fillers
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return false  // variation selectors
    case 0xE0000...0xE007F: return false  // tag characters
    case 0xFFF9...0xFFFB, 0xFFFC, 0xFFFE, 0xFFFF: return false  // interlinear annotation, noncharacters
    case 0xD800...0xDFFF: return false
    default: break
    }
    switch s.properties.generalCategory {
    case .format, .control, .surrogate, .unassigned, .privateUse, .lineSeparator, .paragraphSeparator:
      return false
    default:
      return true
    }
  }

  /// Combining marks: zero columns wide, drawn on the character before them.
  static func isCombining(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return true
    default: return false
    }
  }
}

extension String {
  /// CRLF and lone CR turned into LF.
  func replacingCRLF() -> String {
    var out = String.UnicodeScalarView()
    var lastCR = false
    for s in unicodeScalars {
      if s == "\r" {
        out.append("\n")
        lastCR = true
      } else {
        if !(s == "\n" && lastCR) { out.append(s) }
        lastCR = false
      }
    }
    return String(out)
  }
}
