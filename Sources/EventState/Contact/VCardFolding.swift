/// Line folding of a vCard content line (RFC 6350 §3.2): no physical line longer than 75 octets
/// (CRLF not counted); a continuation line starts with one space.
public enum VCardFolding {
  /// Most octets on one physical line, excluding the line break.
  public static let maxOctets = 75

  /// `line` folded into physical lines, each ended by CRLF. Folds fall between characters, never
  /// inside a UTF-8 sequence or a grapheme, and never between a backslash and the character it
  /// escapes; only a single grapheme longer than a whole line is split, between its scalars.
  public static func folded(_ line: String) -> String {
    if line.utf8.count <= maxOctets { return line + "\r\n" }  // most lines: nothing to fold
    var out = ""
    var used = 0
    for piece in pieces(of: line) {
      let size = piece.utf8.count
      if used + size > maxOctets {
        out += "\r\n "
        used = 1
      }
      out += piece
      used += size
    }
    return out + "\r\n"
  }

  /// The unbreakable pieces of `line`: characters, an escape pair as one piece, and the scalars of
  /// a character too long for a continuation line on its own.
  static func pieces(of line: String) -> [String] {
    var pieces: [String] = []
    var escaping = false
    for character in line {
      let text = String(character)
      if escaping, let last = pieces.last, last.utf8.count + text.utf8.count <= maxOctets - 1 {
        pieces[pieces.count - 1] = last + text
        escaping = false
      } else if text.utf8.count > maxOctets - 1 {
        pieces += character.unicodeScalars.map { String($0) }
        escaping = false
      } else {
        pieces.append(text)
        escaping = character == "\\"
      }
    }
    return pieces
  }
}
