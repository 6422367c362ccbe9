import Foundation
import Testing

/// One way to damage one file of a `BadFileEvent`, and what mingle must make of it.
struct BadFileCase: Sendable, CustomTestStringConvertible {
  /// What is done to the file.
  enum Damage: Sendable {
    /// The good version's text, changed.
    case edited(@Sendable (String) -> String)
    /// These bytes instead of the file's.
    case bytes([UInt8])
    /// The file is deleted.
    case removed
    /// A folder of the same name. Tests run as root, and root reads a file whatever its permissions:
    /// a folder (or a FIFO) in the file's place is how the suite makes a file that cannot be read.
    case folder
    /// A FIFO (named pipe) of the same name, which nobody writes to.
    case fifo
    /// A symbolic link of the same name to a file that does not exist.
    case danglingLink
  }

  /// How mingle takes the damaged file.
  enum Verdict: Sendable {
    /// An error: `mingle check` exits 1, and a kiosk running on the folder keeps showing the last good
    /// version (of `BadFileCase.kept`) while its moderator panel names the problem.
    case rejected
    /// Warnings at most: `mingle check` exits 0, and a kiosk running on the folder uses what could be
    /// read: it shows `showing` and no longer the good version's marker.
    case used(showing: String)
  }

  /// What the case is, for the test report ("attendees.csv: unterminated quote").
  let name: String
  /// The damaged file.
  let file: BadFileEvent.File
  /// What is done to it.
  let damage: Damage
  /// How `mingle check` starts the line about it, relative to the folder (`event.toml:2: syntax error`);
  /// nil when nothing is wrong enough to mention.
  let problem: String?
  /// How mingle takes it.
  let verdict: Verdict
  /// The file whose marker a kiosk must keep showing when the damage is rejected: the damaged one,
  /// except when event.toml names a theme that is not there (the theme in use is what must stay).
  let kept: BadFileEvent.File

  /// The case `name`: `damage` done to `file`, which `mingle check` reports as `problem`.
  init(_ name: String, _ file: BadFileEvent.File, _ damage: Damage, problem: String?, _ verdict: Verdict, kept: BadFileEvent.File? = nil) {
    self.name = name
    self.file = file
    self.damage = damage
    self.problem = problem
    self.verdict = verdict
    self.kept = kept ?? file
  }

  var testDescription: String { "\(file.rawValue): \(name)" }

  /// Where the problem is (`event.toml:2`, or `event.toml` when it has no line): what the moderator
  /// panel's warning starts with.
  var location: String? {
    guard let problem, let colon = problem.firstRange(of: ": ") else { return nil }
    return String(problem[..<colon.lowerBound])
  }

  /// Damages the file in `event`, whose good version is `version`.
  func apply(to event: BadFileEvent, over version: Int) throws {
    let url = event.url(of: file)
    switch damage {
    case .edited(let edit):
      try Data(edit(file.text(version: version)).utf8).write(to: url, options: .atomic)
    case .bytes(let bytes):
      try Data(bytes).write(to: url, options: .atomic)
    case .removed:
      try FileManager.default.removeItem(at: url)
    case .folder:
      try FileManager.default.removeItem(at: url)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    case .fifo:
      try FileManager.default.removeItem(at: url)
      guard mkfifo(url.path, 0o644) == 0 else { throw Shell.Failure(description: "mkfifo \(url.path): \(String(cString: strerror(errno)))") }
    case .danglingLink:
      try FileManager.default.removeItem(at: url)
      try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/nonexistent/mingle/\(file.rawValue)")
    }
  }

  // MARK: - The table

  /// Every case of the suite.
  static let all: [BadFileCase] = event + roster + tips + theme

  /// event.toml: broken, of the wrong type, naming a theme that is not there, missing, unreadable.
  static let event: [BadFileCase] = [
    BadFileCase(
      "syntax error", .event, .edited { $0.replacingOccurrences(of: "venue = \"Hall 4\"", with: "venue = \"Hall 4") },
      problem: "event.toml:2: syntax error", .rejected),
    BadFileCase(
      "wrong type", .event, .edited { $0.replacingOccurrences(of: "idle_timeout = 60", with: "idle_timeout = \"soon\"") },
      problem: "event.toml:4: `idle_timeout` must be a whole number", .rejected),
    BadFileCase(
      "unknown theme", .event, .edited { $0.replacingOccurrences(of: "theme = \"night\"", with: "theme = \"nosuch\"") },
      problem: "themes/nosuch.toml: no such theme file", .rejected, kept: .theme),
    BadFileCase("missing", .event, .removed, problem: "event.toml: missing", .rejected),
    BadFileCase("a dangling link", .event, .danglingLink, problem: "event.toml: cannot be read: it is a link to", .rejected),
    BadFileCase("unreadable (a folder)", .event, .folder, problem: "event.toml: cannot be read: it is a folder", .rejected),
  ]

  /// attendees.csv: broken quoting, ragged rows, bytes that are not UTF-8, binary, empty, missing,
  /// unreadable.
  static let roster: [BadFileCase] = [
    BadFileCase(
      "unterminated quote", .roster, .edited { $0.replacingOccurrences(of: "Blake Second,", with: "\"Blake Second,") },
      problem: "attendees.csv:3: a quote opened here is never closed", .rejected),
    BadFileCase(
      "ragged rows", .roster, .bytes(Array("name,title,company\nRagged Rowe,Engineer\nWide Wanda,CTO,Acme,extra,more\n".utf8)),
      problem: "attendees.csv:2: warning: this row has 2 cells, the header 3", .used(showing: "Ragged Rowe")),
    BadFileCase(
      "invalid UTF-8", .roster, .bytes(Array("name,title\nIn".utf8) + [0xFF] + Array("valid Ivy,Engineer\n".utf8)),
      problem: "attendees.csv:2: warning: invalid UTF-8 in column \"name\"", .used(showing: "valid Ivy")),
    BadFileCase("binary", .roster, .bytes(binary), problem: "attendees.csv:1: ", .rejected),
    BadFileCase("empty", .roster, .bytes([]), problem: "attendees.csv: warning: no attendees", .used(showing: "People · 0")),
    BadFileCase(
      "header only", .roster, .bytes(Array("name,title,company\n".utf8)), problem: "attendees.csv: warning: no attendees",
      .used(showing: "People · 0")),
    BadFileCase("missing", .roster, .removed, problem: "attendees.csv: warning: missing", .used(showing: "People · 0")),
    BadFileCase("unreadable (a FIFO)", .roster, .fifo, problem: "attendees.csv: cannot be read", .rejected),
  ]

  /// tips.md: bytes that are not UTF-8, binary, one huge line, missing, unreadable.
  static let tips: [BadFileCase] = [
    BadFileCase(
      "invalid UTF-8", .tips, .bytes(Array("- Broken ".utf8) + [0xFF] + Array(" tip: \(BadFileEvent.File.longTip)\n".utf8)),
      problem: "tips.md:1: warning: invalid UTF-8", .used(showing: "tip: ask people")),
    // Read as text with a warning, like any text with bytes that are not UTF-8 (a NUL byte alone does
    // not make a file binary: the hostile-input suite's tips have them); what is left is drawn safely.
    BadFileCase("binary", .tips, .bytes(binary), problem: "tips.md:1: warning: invalid UTF-8", .used(showing: "ELF")),
    BadFileCase(
      "huge line", .tips, .bytes(Array(("- Huge tip start " + String(repeating: "word ", count: 20_000) + "\n").utf8)),
      problem: "tips.md:1: warning: this tip is 100014 characters long", .used(showing: "Huge tip start")),
    BadFileCase("missing", .tips, .removed, problem: "tips.md: warning: missing", .used(showing: "Tips")),
    BadFileCase("unreadable (a folder)", .tips, .folder, problem: "tips.md: cannot be read: it is a folder", .rejected),
  ]

  /// themes/night.toml (the event's theme): a colour that is none, broken TOML, missing, unreadable.
  static let theme: [BadFileCase] = {
    let good = BadFileEvent.File.theme.text(version: 1)
    let lines = good.split(separator: "\n", omittingEmptySubsequences: false)
    let headerLine = (lines.firstIndex { $0.contains("fg = \"#ffffff\"") } ?? 0) + 1
    let appendedLine = good.filter { $0 == "\n" }.count + 1
    return [
      BadFileCase(
        "bad colour name", .theme, .edited { $0.replacing("fg = \"#ffffff\"", with: "fg = \"chartreuse-ish\"", maxReplacements: 1) },
        problem: "themes/night.toml:\(headerLine): roles.header.rich: fg \"chartreuse-ish\" is not a colour", .rejected),
      BadFileCase(
        "syntax error", .theme, .edited { $0 + "[roles.header\n" }, problem: "themes/night.toml:\(appendedLine): not valid TOML",
        .rejected),
      // A header TOMLKit's parser asserts on instead of reporting (see `TOMLParserGuard`).
      BadFileCase("a header the TOML parser trips on", .theme, .edited { $0 + "[.]\n" }, problem: "themes/night.toml:\(appendedLine): ", .rejected),
      BadFileCase("missing", .theme, .removed, problem: "themes/night.toml: no such theme file", .rejected),
      BadFileCase("unreadable (a FIFO)", .theme, .fifo, problem: "themes/night.toml: cannot be read", .rejected),
    ]
  }()

  /// The start of an executable: its header (NUL bytes, bytes that are not UTF-8, an escape sequence),
  /// then the names of the functions it uses, separated by NUL bytes.
  static let binary: [UInt8] =
    [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x1B, 0x5B, 0x32, 0x4A, 0x80, 0x00, 0x0A]
    + Array(
      "libc.so.6\0stdout\0fflush\0strlen\0memcpy\0malloc\0realloc\0free\0fopen\0fclose\0fwrite\0fread\0exit\0abort\0getenv\0setlocale\0".utf8)
    + Array(repeating: 0, count: 64) + [0xC3, 0x28, 0x0A]
}
