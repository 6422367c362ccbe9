/// Finds the line of a table header or key in TOML text, so that problems found after parsing (the
/// TOML library keeps no positions) can still name a line. A heuristic over the text: it knows
/// `[a.b]` headers and `key =` lines, which is how theme files are written.
struct TOMLLineFinder {
  /// The file's lines, trimmed.
  let lines: [Substring]

  init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
  }

  /// The 1-based line of the header `[section]`.
  func line(ofSection section: String) -> Int? {
    lines.firstIndex { header(of: $0) == section }.map { $0 + 1 }
  }

  /// The 1-based line where `key` is set inside `[section]` (nil: before the first header).
  func line(ofKey key: String, in section: String?) -> Int? {
    var start = 0
    if let section {
      guard let header = line(ofSection: section) else { return nil }
      start = header
    }
    for index in start..<lines.count {
      let line = lines[index]
      if header(of: line) != nil { return nil }
      guard line.hasPrefix(key) else { continue }
      let rest = line.dropFirst(key.count).trimmingSpaces()
      if rest.hasPrefix("=") { return index + 1 }
    }
    return nil
  }

  /// The dotted name of a `[header]` line, spaces removed.
  func header(of line: Substring) -> String? {
    guard line.hasPrefix("["), !line.hasPrefix("[["), let end = line.firstIndex(of: "]") else { return nil }
    return line[line.index(after: line.startIndex)..<end].filter { $0 != " " }
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    var s = self
    while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return s
  }
}
