/// The lines of the shared fixture `hostile-strings.txt`, with their escapes written out as in the
/// file (`\e` ESC, `\a` BEL, `\b`, `\r`, `\t`, `\xNN` a byte, `\uNNNN` a code point).
let hostileStringsEscaped: [String] = [
  #"Alice\e[2JBob"#,
  #"\e]0;pwned\a"#,
  #"Mallory\rEve"#,
  #"Back\b\b\bspace"#,
  #"Right\u202Eto left"#,
  #"Zero\u200Bwidth\u200D joiner"#,
  #"Tab\there"#,
  #"Bell\a\a\a"#,
  #"C1\u009B31mred"#,
  #"Combining e\u0301\u0301\u0301\u0301\u0301"#,
]

/// The hostile strings with their escapes decoded into the raw characters.
var hostileStrings: [String] { hostileStringsEscaped.map(decodeEscapes) }

/// Turns the fixture's written escapes into the characters they stand for.
func decodeEscapes(_ text: String) -> String {
  var out = String.UnicodeScalarView()
  var scalars = Array(text.unicodeScalars)[...]
  func hex(_ count: Int) -> Unicode.Scalar? {
    let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
    guard digits.count == count, let value = UInt32(digits, radix: 16) else { return nil }
    scalars = scalars.dropFirst(count)
    return Unicode.Scalar(value)
  }
  while let scalar = scalars.popFirst() {
    guard scalar == "\\", let kind = scalars.popFirst() else {
      out.append(scalar)
      continue
    }
    switch kind {
    case "e": out.append("\u{1B}")
    case "a": out.append("\u{07}")
    case "b": out.append("\u{08}")
    case "r": out.append("\r")
    case "t": out.append("\t")
    case "n": out.append("\n")
    case "x": hex(2).map { out.append($0) }
    case "u": hex(4).map { out.append($0) }
    default: out.append(kind)
    }
  }
  return String(out)
}
