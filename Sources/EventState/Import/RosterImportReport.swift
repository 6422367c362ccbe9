/// What `RosterImport` did, for the organizer: the format, how each column was read, the counts, and
/// every problem as `file:line: message`.
public struct RosterImportReport: Sendable {
  /// The imported file, as named in problems.
  public var source: String
  /// The format the file was read as.
  public var format: RosterFormat
  /// Whether the format was given (`--format`) rather than detected.
  public var formatWasGiven: Bool
  /// Every column of the file with the field it fills and whether that was guessed.
  public var mapping: [(column: String, field: RosterField, guessed: Bool)]
  /// Rows of the file that were not blank (the header not counted).
  public var rowsRead: Int
  /// People the file held after its own duplicates were merged and unusable rows skipped.
  public var peopleRead: Int
  /// People left out because they had not checked in (with `checkedInOnly`).
  public var notCheckedIn: Int
  /// Imported people merged into someone already in attendees.csv.
  public var mergedWithExisting: Int
  /// Imported people added to attendees.csv as new entries.
  public var added: Int
  /// People in attendees.csv after the import; nil when it was not written.
  public var rosterCount: Int?
  /// Whether the previous attendees.csv was kept as attendees.csv.bak.
  public var backedUp: Bool
  /// Problems of the imported file (named `source`), in line order.
  public var problems: [Problem]
  /// Problems of the event folder's own files that matter for the import (file names relative to the
  /// folder): event.toml errors (its column mapping may be incomplete), attendees.csv errors.
  public var folderProblems: [Problem]

  /// People imported after leaving out those who had not checked in.
  public var imported: Int { peopleRead - notCheckedIn }

  /// Whether anyone was imported (and attendees.csv written).
  public var succeeded: Bool { rosterCount != nil }

  /// The report as lines of text; folder problems name their files from `folder`.
  public func lines(folder: String) -> [String] {
    var lines = RosterMappingReport.lines(
      source: source, format: format, formatWasGiven: formatWasGiven, mapping: mapping)
    lines += folderProblems.map { $0.described(in: folder) }
    lines += problems.map(\.description)
    let rows = "\(rowsRead) \(rowsRead == 1 ? "row" : "rows") read"
    var counts = "\(rows), \(Self.people(peopleRead)) after merging duplicates"
    if notCheckedIn > 0 { counts += ", \(notCheckedIn) not checked in left out" }
    lines.append(counts + ".")
    guard let rosterCount else {
      lines.append("Nothing imported: attendees.csv was not changed.")
      return lines
    }
    lines.append(
      "Imported \(Self.people(imported)): \(mergedWithExisting) merged with people already in attendees.csv, "
        + "\(added) added; attendees.csv now lists \(Self.people(rosterCount)).")
    if backedUp { lines.append("The previous attendees.csv was kept as attendees.csv.bak.") }
    return lines
  }

  /// "1 person", "12 people".
  private static func people(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
}
