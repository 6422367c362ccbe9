/// Writes a moderator PIN hash into the text of event.toml, leaving every other line and comment as
/// it is (`mingle set-pin`).
///
/// In `[moderator]`, the first `pin_hash` or plaintext `pin` line becomes `pin_hash = "…"` (keeping its
/// indentation and trailing comment) and any further one goes; a plaintext `pin` at the top of the
/// file goes too. Without such a line the hash takes the place of a commented-out `# pin_hash = …`
/// placeholder in `[moderator]`, or comes right after its header; without a `[moderator]` section one
/// is appended. Dotted keys at the top (`moderator.pin_hash = …`) are replaced in place. Line endings
/// (LF or CRLF) follow the file's.
public enum PinHashEditor {
  /// `text` with `hash` as the moderator PIN, or nil when the result would not read back with that
  /// PIN (the file has errors, or a shape this edit does not handle, such as an inline
  /// `moderator = { … }` table): then nothing should be written.
  public static func setting(_ hash: PINHash, in text: String) -> String? {
    let newline = text.contains("\r\n") ? "\r\n" : "\n"
    var lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let scan = Scan(lines)
    let value = "\"\(hash.encoded)\""
    var removals = scan.rootPIN
    if let first = scan.pinLines.first {
      lines[first.index] = first.replaced(key: first.dotted ? "moderator.pin_hash" : "pin_hash", value: value)
      removals += scan.pinLines.dropFirst().map(\.index)
    } else if let placeholder = scan.placeholder {
      lines[placeholder.index] = placeholder.replaced(key: "pin_hash", value: value)
    } else if let header = scan.moderatorHeader {
      lines.insert("pin_hash = \(value)", at: header + 1)
      removals = removals.map { $0 > header ? $0 + 1 : $0 }
    } else {
      while lines.last == "" { lines.removeLast() }
      lines += ["", "[moderator]", "pin_hash = \(value)", ""]
    }
    for index in removals.sorted(by: >) { lines.remove(at: index) }
    let result = lines.joined(separator: newline)
    guard EventConfigParser.parse(result).config.moderatorPIN == hash else { return nil }
    return result
  }

  /// A `key = value` line found in the text.
  struct KeyLine {
    var index: Int
    /// The spaces before the key.
    var indentation: String
    /// What follows the value (spaces and a `# comment`), kept when the line is replaced.
    var trailer: String
    /// Whether the key was written `moderator.pin…` at the top of the file.
    var dotted: Bool

    /// The line with `key = value` in place of what it held.
    func replaced(key: String, value: String) -> String { "\(indentation)\(key) = \(value)\(trailer)" }
  }

  /// Where the moderator PIN lines and the `[moderator]` header are.
  struct Scan {
    /// `pin_hash` / `pin` lines of `[moderator]`, and dotted `moderator.pin_hash` / `moderator.pin` at the top.
    var pinLines: [KeyLine] = []
    /// Plaintext `pin` lines at the top of the file.
    var rootPIN: [Int] = []
    /// The first `# pin_hash = …` comment in `[moderator]`.
    var placeholder: KeyLine?
    var moderatorHeader: Int?

    init(_ lines: [String]) {
      var section = ""
      var openString: String?
      for (index, line) in lines.enumerated() {
        let indentation = String(line.prefix { $0 == " " || $0 == "\t" })
        let trimmed = line.dropFirst(indentation.count)
        if let delimiter = openString {
          if Self.count(of: delimiter, in: trimmed) % 2 == 1 { openString = nil }
          continue
        }
        if trimmed.hasPrefix("[") {
          section = Self.sectionName(trimmed)
          if section == "moderator" && moderatorHeader == nil && !trimmed.hasPrefix("[[") { moderatorHeader = index }
          continue
        }
        if let (key, rest) = Self.keyAndValue(trimmed) {
          for delimiter in ["\"\"\"", "'''"] where Self.count(of: delimiter, in: rest) % 2 == 1 { openString = delimiter }
          let found = KeyLine(index: index, indentation: indentation, trailer: Self.trailer(after: rest), dotted: section == "")
          switch (section, key) {
          case ("moderator", "pin_hash"), ("moderator", "pin"), ("", "moderator.pin_hash"), ("", "moderator.pin"):
            pinLines.append(found)
          case ("", "pin"):
            rootPIN.append(index)
          default:
            break
          }
        } else if section == "moderator", placeholder == nil, Self.isPlaceholder(trimmed) {
          placeholder = KeyLine(index: index, indentation: indentation, trailer: "", dotted: false)
        }
      }
    }

    /// `moderator` from `[ moderator ]  # comment`, `roster.columns` from `["roster".columns]`.
    static func sectionName(_ header: Substring) -> String {
      let inside = header.drop { $0 == "[" }
      let name = inside.range(of: "]").map { inside[..<$0.lowerBound] } ?? inside
      return dottedName(name)
    }

    /// The key of a `key = value` line (dotted parts joined with `.`) and the text after `=`; nil
    /// for comments, blank lines and anything else.
    static func keyAndValue(_ line: Substring) -> (String, Substring)? {
      guard let first = line.first, first != "#", let equals = line.firstIndex(of: "=") else { return nil }
      let key = dottedName(line[..<equals])
      guard !key.isEmpty else { return nil }
      return (key, line[line.index(after: equals)...])
    }

    /// `a.b` from ` a . "b" `.
    static func dottedName(_ text: Substring) -> String {
      text.split(separator: ".", omittingEmptySubsequences: false).map { part in
        let name = part.trimmingCharacters(in: [" ", "\t"])
        guard name.count >= 2, let quote = name.first, quote == name.last, quote == "\"" || quote == "'" else { return name }
        return String(name.dropFirst().dropLast())
      }.joined(separator: ".")
    }

    /// What follows a simple value (a quoted string, or a bare word such as a number): the spaces
    /// and comment after it; empty when there is none or the value is not simple.
    static func trailer(after value: Substring) -> String {
      let start = value.drop { $0 == " " || $0 == "\t" }
      guard let first = start.first else { return "" }
      var end = start.startIndex
      if first == "\"" || first == "'" {
        guard let close = start.dropFirst().firstIndex(of: first) else { return "" }
        end = start.index(after: close)
      } else {
        end = start.firstIndex { $0 == " " || $0 == "\t" || $0 == "#" } ?? start.endIndex
      }
      let rest = start[end...]
      return rest.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") ? String(rest) : ""
    }

    /// Whether the line is a commented-out `# pin_hash = …`.
    static func isPlaceholder(_ line: Substring) -> Bool {
      guard line.hasPrefix("#") else { return false }
      let rest = line.drop { $0 == "#" || $0 == " " || $0 == "\t" }
      return keyAndValue(rest)?.0 == "pin_hash"
    }

    static func count(of delimiter: String, in text: Substring) -> Int {
      text.components(separatedBy: delimiter).count - 1
    }
  }
}
