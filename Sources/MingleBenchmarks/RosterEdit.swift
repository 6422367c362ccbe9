/// An edit of one row of an attendees.csv, as an organizer makes while kiosks run: the row's first
/// field (the name, in mingle's own format) gets a prefix, so the person becomes someone else.
enum RosterEdit {
  /// `text` with `prefix` put before the first field of its `line`-th line (1 is the header), whether
  /// lines end in LF or CRLF. A quoted field gets the prefix inside its quotes; a line that does not
  /// exist leaves `text` as it is.
  static func renaming(line: Int, of text: String, prefix: String) -> String {
    // Split on the byte, not the Character: a Swift Character holds "\r\n" whole.
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    guard lines.indices.contains(line - 1) else { return text }
    let row = lines[line - 1]
    lines[line - 1] = row.first == "\"" ? "\"\(prefix)\(row.dropFirst())" : prefix + row
    return lines.joined(separator: "\n")
  }
}
