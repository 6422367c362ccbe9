import Foundation

/// Finds the line of a key in TOML text, so that problems found after parsing can name a line.
///
/// TOMLKit's parsed tables do not remember where a value came from, so this looks at the text itself,
/// line by line. What it finds:
/// - `key = …` (bare, "double-quoted" or 'single-quoted' key) directly inside the root, a `[table]` or the
///   n-th `[[array]]` section, compared exactly as written;
/// - the line of a `[table]` / `[[array]]` header itself.
///
/// What it does not find, and then answers with the nearest thing it knows (the section's header line,
/// or nil): keys written as dotted keys (`roster.columns."x" = …`), keys inside inline tables
/// (`{ screen = "wall" }`), keys whose quoted name uses escapes. Lines inside multi-line strings are
/// skipped, so a `[x]` inside a `"""` string is not mistaken for a header.
struct TOMLKeyLocator {
  /// One `key =` line or section header, as seen in the text.
  private struct Entry {
    var line: Int
    /// Section the entry is in ("" for the root), e.g. `agenda` or `roster.columns`.
    var section: String
    /// Occurrence of an `[[array]]` section (0-based); 0 for plain tables.
    var index: Int
    /// The key, or nil for a section header.
    var key: String?
  }

  private let entries: [Entry]

  /// Scans `text` once.
  init(text: String) {
    var entries: [Entry] = []
    var section = ""
    var index = 0
    var arrayCounts: [String: Int] = [:]
    var openString: String?
    for (offset, rawLine) in text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = offset + 1
      let trimmed = rawLine.drop { $0 == " " || $0 == "\t" }
      if let delimiter = openString {
        if Self.count(of: delimiter, in: trimmed) % 2 == 1 { openString = nil }
        continue
      }
      if trimmed.hasPrefix("[[") {
        let name = Self.sectionName(trimmed.dropFirst(2), closing: "]]")
        index = arrayCounts[name, default: 0]
        arrayCounts[name] = index + 1
        section = name
        entries.append(Entry(line: line, section: name, index: index, key: nil))
      } else if trimmed.hasPrefix("[") {
        section = Self.sectionName(trimmed.dropFirst(), closing: "]")
        index = 0
        entries.append(Entry(line: line, section: section, index: 0, key: nil))
      } else if let key = Self.key(of: trimmed) {
        entries.append(Entry(line: line, section: section, index: index, key: key))
        for delimiter in ["\"\"\"", "'''"] where Self.count(of: delimiter, in: trimmed) % 2 == 1 {
          openString = delimiter
        }
      }
    }
    self.entries = entries
  }

  /// The line of `key` in `section` ("" for the root; the `index`-th occurrence for `[[array]]`
  /// sections), else the line of the section's header, else nil. With `key` nil: the header's line.
  func line(of key: String? = nil, in section: String = "", index: Int = 0) -> Int? {
    let inSection = entries.filter { $0.section == section && $0.index == index }
    if let key, let found = inSection.first(where: { $0.key == key }) { return found.line }
    if let header = inSection.first(where: { $0.key == nil }) { return header.line }
    return nil
  }

  /// The line of the first `key = …` in `section` whatever its occurrence, else nil (used for values
  /// given inline, like `agenda = [ … ]`).
  func firstLine(of key: String, in section: String = "") -> Int? {
    entries.first { $0.section == section && $0.key == key }?.line
  }

  // MARK: - Reading one line

  /// `agenda` from `agenda]]  # comment`, `roster.columns` from ` roster . columns ]`.
  private static func sectionName(_ rest: Substring, closing: String) -> String {
    let inside = rest.range(of: closing).map { rest[..<$0.lowerBound] } ?? rest
    return inside.split(separator: ".").map { part in
      let name = part.trimmingCharacters(in: [" ", "\t"])
      return Self.unquoted(name) ?? name
    }.joined(separator: ".")
  }

  /// The key of a `key = value` line, or nil when the line is not one (comments, blank lines, values
  /// continuing a multi-line array).
  private static func key(of line: Substring) -> String? {
    guard let first = line.first, first != "#" else { return nil }
    if first == "\"" || first == "'" {
      guard let close = line.dropFirst().firstIndex(of: first) else { return nil }
      let name = String(line[line.index(after: line.startIndex)..<close])
      let rest = line[line.index(after: close)...].drop { $0 == " " || $0 == "\t" }
      return rest.first == "=" ? name : nil
    }
    let name = line.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    let rest = line.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
    return !name.isEmpty && rest.first == "=" ? String(name) : nil
  }

  /// The inside of a "quoted" or 'quoted' name, or nil when it is not quoted.
  private static func unquoted(_ name: String) -> String? {
    guard name.count >= 2, let first = name.first, first == name.last, first == "\"" || first == "'" else {
      return nil
    }
    return String(name.dropFirst().dropLast())
  }

  private static func count(of delimiter: String, in line: Substring) -> Int {
    line.components(separatedBy: delimiter).count - 1
  }
}
