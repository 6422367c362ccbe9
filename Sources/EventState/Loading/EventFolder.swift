import Foundation

/// A loaded event folder: never throws; problems are collected.
///
/// The folder holds event.toml (required), attendees.csv and tips.md (both optional), and the live
/// store state.sqlite. Problems name files relative to the folder (`attendees.csv:12: …`) and come file
/// by file (event.toml, attendees.csv, tips.md), each file's in line order.
public struct EventFolder: Sendable {
  /// The folder that was loaded.
  public var directory: URL
  /// What event.toml says; when it is missing or broken, defaults with the folder's name as the event's.
  public var config: EventConfig
  /// The people of attendees.csv (empty when it is missing).
  public var roster: [Attendee]
  /// How attendees.csv's columns were read: its format and every header with the field it fills
  /// (nil when the file is missing or unreadable).
  public var rosterMapping: (format: RosterFormat, columns: [(column: String, field: RosterField, guessed: Bool)])?
  /// The tips of tips.md (empty when it is missing).
  public var tips: [Tip]
  /// Errors and warnings from every file, in file order.
  public var problems: [Problem]

  /// A folder's contents from their parts.
  public init(
    directory: URL, config: EventConfig, roster: [Attendee],
    rosterMapping: (format: RosterFormat, columns: [(column: String, field: RosterField, guessed: Bool)])? = nil,
    tips: [Tip], problems: [Problem]
  ) {
    self.directory = directory
    self.config = config
    self.roster = roster
    self.rosterMapping = rosterMapping
    self.tips = tips
    self.problems = problems
  }

  /// Whether any problem is an error (rather than a warning).
  public var hasErrors: Bool { problems.contains { $0.severity == .error } }

  /// The shared live store of this event: `directory/state.sqlite`.
  public var stateURL: URL { directory.appendingPathComponent("state.sqlite") }

  /// File names inside an event folder.
  public enum FileName {
    /// The event's settings.
    public static let config = "event.toml"
    /// The attendee list.
    public static let roster = "attendees.csv"
    /// The networking tips.
    public static let tips = "tips.md"
  }

  /// Reads event.toml, attendees.csv and tips.md of `directory`.
  public static func load(from directory: URL) -> EventFolder {
    var problems: [Problem] = []
    let folderName = Sanitizer.line(directory.standardizedFileURL.lastPathComponent)

    var config = EventConfig(name: folderName)
    switch read(FileName.config, in: directory, problems: &problems) {
    case .missing:
      problems.append(
        Problem(
          file: FileName.config, message: "missing: every event folder needs one (`mingle init DIR` writes an example)")
      )
    case .unreadable:
      break
    case .contents(let data):
      let parsed = EventConfigParser.parse(
        text(of: data, file: FileName.config, problems: &problems), file: FileName.config)
      config = parsed.config
      if config.name.isEmpty { config.name = folderName }
      problems += parsed.problems
    }

    var roster: [Attendee] = []
    var rosterMapping: (format: RosterFormat, columns: [(column: String, field: RosterField, guessed: Bool)])?
    switch read(FileName.roster, in: directory, problems: &problems) {
    case .missing:
      problems.append(
        Problem(
          file: FileName.roster, message: "missing: only cards that attendees pin themselves will be shown",
          severity: .warning))
    case .unreadable:
      break
    case .contents(let data):
      let parsed = RosterParser.parse(data, file: FileName.roster, columns: config.rosterColumns)
      roster = parsed.attendees
      rosterMapping = (parsed.format, parsed.mapping)
      problems += (parsed.problems + unknownTopics(in: roster, config: config)).sortedByLine()
    }

    var tips: [Tip] = []
    switch read(FileName.tips, in: directory, problems: &problems) {
    case .missing:
      problems.append(
        Problem(file: FileName.tips, message: "missing: the tips screen will be empty", severity: .warning))
    case .unreadable:
      break
    case .contents(let data):
      let parsed = TipsParser.parse(text(of: data, file: FileName.tips, problems: &problems), file: FileName.tips)
      tips = parsed.tips
      problems += parsed.problems
    }

    return EventFolder(
      directory: directory, config: config, roster: roster, rosterMapping: rosterMapping, tips: tips, problems: problems)
  }

  // MARK: - Reading files

  private enum FileContents {
    case missing
    /// There, but could not be read (the problem is already reported).
    case unreadable
    case contents(Data)
  }

  private static func read(_ name: String, in directory: URL, problems: inout [Problem]) -> FileContents {
    let url = directory.appendingPathComponent(name)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      // A link whose file is gone is a mistake to name, not a file left out on purpose.
      guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { return .missing }
      problems.append(Problem(file: name, message: "cannot be read: it is a link to \(Sanitizer.line(target)), which does not exist"))
      return .unreadable
    }
    if isDirectory.boolValue {
      problems.append(Problem(file: name, message: "cannot be read: it is a folder, not a file"))
      return .unreadable
    }
    do {
      return .contents(try Data(contentsOf: url))
    } catch {
      let reason = FileManager.default.isReadableFile(atPath: url.path) ? "read error" : "permission denied"
      problems.append(Problem(file: name, message: "cannot be read (\(reason))"))
      return .unreadable
    }
  }

  /// The file's text; bytes that are not UTF-8 become replacement characters, reported with the first line
  /// they occur on.
  private static func text(of data: Data, file: String, problems: inout [Problem]) -> String {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    problems.append(
      Problem(
        file: file, line: firstInvalidUTF8Line(bytes), message: "invalid UTF-8: unreadable characters were replaced",
        severity: .warning))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The line of the first byte sequence that is not UTF-8, if any.
  private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var input = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&input) {
      case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
      case .emptyInput: return nil
      case .error: return line
      }
    }
  }

  /// One warning per roster topic id that event.toml does not define, at its first line.
  private static func unknownTopics(in roster: [Attendee], config: EventConfig) -> [Problem] {
    let known = Set(config.topics.map(\.id))
    var reported: Set<String> = []
    return roster.flatMap { person in
      person.topics.filter { !known.contains($0) && reported.insert($0).inserted }.map { topic in
        Problem(
          file: FileName.roster, line: person.line,
          message: "topic \"\(topic)\" is not one of the [[topics]] of event.toml", severity: .warning)
      }
    }
  }
}
