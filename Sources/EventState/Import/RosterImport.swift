import Foundation

/// Imports an attendee list (an Eventbrite, Luma or Meetup export, or mingle's own format) into an
/// event folder's attendees.csv: `mingle import FILE --into DIR`.
///
/// The file is read by `RosterParser` with the custom-question mapping of the folder's event.toml
/// (`[roster.columns]`, plus its guesses), so it is read exactly as the kiosk would read it. The people
/// are merged into those already in attendees.csv (see `RosterMerge`) unless `replace` is set, and the
/// result is written in mingle's own format (`RosterEncoder`) through `AtomicFile`: the previous file is
/// kept as attendees.csv.bak, and a crash leaves either the old roster or the new one, never a part.
/// When nobody could be imported nothing is written.
public enum RosterImport {
  /// How to import.
  public struct Options: Sendable {
    /// Read the file as this format instead of detecting it from the headers.
    public var format: RosterFormat?
    /// Keep only people the file marks as checked in.
    public var checkedInOnly: Bool
    /// Start from the imported people alone instead of merging them into attendees.csv.
    public var replace: Bool

    /// Options for one import.
    public init(format: RosterFormat? = nil, checkedInOnly: Bool = false, replace: Bool = false) {
      self.format = format
      self.checkedInOnly = checkedInOnly
      self.replace = replace
    }
  }

  /// Why an import could not run; nothing was changed.
  public struct Failure: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong, naming the file.
    public var description: String
  }

  /// Backup of the roster an import replaced.
  public static let backupName = "attendees.csv.bak"

  /// Imports `file` (named `source` in problems; by default its file name) into the event folder
  /// `directory`. Throws a `Failure` when the folder or a file cannot be used.
  public static func run(
    file: URL, source: String? = nil, into directory: URL, options: Options = Options()
  ) throws -> RosterImportReport {
    let source = source ?? file.lastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw Failure(description: "\(directory.path): no such event folder (create one with `mingle init`)")
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw Failure(description: "\(source): cannot be read (missing, a folder, or no permission)")
    }
    var folderProblems: [Problem] = []
    let columns = rosterColumns(in: directory, problems: &folderProblems)
    let rosterURL = directory.appendingPathComponent(EventFolder.FileName.roster)
    var existing: [Attendee] = []
    if !options.replace, FileManager.default.fileExists(atPath: rosterURL.path) {
      guard let previous = FileManager.default.contents(atPath: rosterURL.path) else {
        throw Failure(
          description: "\(EventFolder.FileName.roster) cannot be read, so it cannot be merged; nothing was changed")
      }
      let parsed = RosterParser.parse(previous, file: EventFolder.FileName.roster, columns: columns)
      existing = parsed.attendees
      folderProblems += parsed.problems.filter { $0.severity == .error }
    }

    let parse = RosterParser.parse(data, file: source, columns: columns, format: options.format)
    var problems = parse.problems
    var people = parse.attendees
    if options.checkedInOnly {
      if !parse.mapping.contains(where: { $0.field == .checkedIn }) {
        problems.insert(
          Problem(
            file: source, message: "no check-in column, so nobody counts as checked in (leave out --checked-in-only)",
            severity: .warning), at: 0)
      }
      people = people.filter { $0.checkedIn == true }
    }
    let merge = RosterMerge(people, into: existing)
    var report = RosterImportReport(
      source: source, format: parse.format, formatWasGiven: options.format != nil, mapping: parse.mapping,
      rowsRead: rowCount(data), peopleRead: parse.attendees.count,
      notCheckedIn: parse.attendees.count - people.count, mergedWithExisting: merge.merged, added: merge.added,
      rosterCount: nil, backedUp: false, problems: problems, folderProblems: folderProblems)
    guard !people.isEmpty else { return report }

    let hadRoster = FileManager.default.fileExists(atPath: rosterURL.path)
    do {
      try AtomicFile.write(
        Data(RosterEncoder.csv(merge.roster).utf8), to: rosterURL,
        backup: directory.appendingPathComponent(backupName))
    } catch {
      throw Failure(description: "\(error); \(EventFolder.FileName.roster) was not changed")
    }
    report.rosterCount = merge.roster.count
    report.backedUp = hadRoster
    return report
  }

  /// event.toml's `[roster.columns]`; its errors go to `problems` (the mapping may be incomplete), and
  /// a missing file is reported, since then only the guesses map custom questions.
  private static func rosterColumns(in directory: URL, problems: inout [Problem]) -> [String: RosterField] {
    let name = EventFolder.FileName.config
    guard var bytes = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
      problems.append(
        Problem(
          file: name, message: "missing or unreadable: custom questions are mapped by guesses only",
          severity: .warning))
      return [:]
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let parsed = EventConfigParser.parse(String(decoding: bytes, as: UTF8.self), file: name)
    problems += parsed.problems.filter { $0.severity == .error }
    return parsed.config.rosterColumns
  }

  /// Records after the header that are not blank.
  private static func rowCount(_ data: Data) -> Int {
    CSVReader(data: data).records.dropFirst().count { record in
      !record.fields.allSatisfy { Sanitizer.line($0.text).isEmpty }
    }
  }
}
