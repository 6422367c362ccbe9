/// Escaping of text values in a vCard (RFC 6350 §3.4): backslash, comma, semicolon and line breaks.
public enum VCardText {
  /// `text` with `\` written as `\\`, `,` as `\,`, `;` as `\;` and every line break (CRLF, CR or LF)
  /// as `\n`, so it can stand in any text value or component of a structured value.
  public static func escaped(_ text: String) -> String {
    // Most values have nothing to escape: then they are returned as they are.
    guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x2C || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D }) else { return text }
    var out = ""
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\\": out += "\\\\"
      case ",": out += "\\,"
      case ";": out += "\\;"
      case "\n": out += "\\n"
      case "\r":
        out += "\\n"
        if pending == "\n" { pending = scalars.next() }
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The components of a structured value (N, ORG), each escaped, joined with `;`.
  public static func structured(_ components: [String]) -> String {
    components.map(escaped).joined(separator: ";")
  }

  /// The values of a multi-valued property (CATEGORIES) or component, each escaped, joined with `,`.
  public static func list(_ values: [String]) -> String {
    values.map(escaped).joined(separator: ",")
  }
}
