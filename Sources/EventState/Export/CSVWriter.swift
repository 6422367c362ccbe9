/// Writes CSV text as RFC 4180 describes it: records end with CRLF; a field that holds a comma, a
/// quote or a line break is enclosed in quotes, with its quotes doubled.
///
/// For files meant for spreadsheets, `protectsFormulas` guards against formula injection: a field
/// starting with `=`, `+`, `-` or `@` (which Excel, LibreOffice and Google Sheets would run as a
/// formula), or with a tab or carriage return (which some of them skip before looking), gets a leading
/// single quote, so that it is shown as the text it is. Files mingle reads back
/// (attendees.csv) are written without it, so that every value round-trips unchanged.
public struct CSVWriter: Sendable {
  /// Whether fields that a spreadsheet would read as a formula are prefixed with `'`.
  public var protectsFormulas: Bool
  /// The text written so far.
  public private(set) var text = ""

  /// An empty CSV text.
  public init(protectsFormulas: Bool) {
    self.protectsFormulas = protectsFormulas
  }

  /// Appends one record.
  public mutating func append(_ fields: [String]) {
    text += fields.map(escaped).joined(separator: ",")
    text += "\r\n"
  }

  /// `field` as it appears in the file.
  public func escaped(_ field: String) -> String {
    var value = field
    if protectsFormulas, let first = value.unicodeScalars.first, Self.formulaStarts.contains(first) {
      value = "'" + value
    }
    guard value.unicodeScalars.contains(where: Self.needsQuotes.contains) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// First characters that make a spreadsheet read a cell as a formula.
  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
  /// Characters that only a quoted field may hold.
  private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}
