import ArgumentParser
import EventState
import Foundation

/// `mingle audit DIR [--limit N] [--format text|csv]`: who did what, when.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Print the audit log: every unlock, wrong PIN and change (moderator PIN needed).",
    discussion: """
      Oldest first. text: one entry per line, four fields separated by tabs: time (YYYY-MM-DD HH:MM:SS \
      in the event's time zone), who (the process and its terminal), action, detail. csv: a header \
      `time,actor,action,detail`, times in ISO 8601 with their offset, safe to open in a spreadsheet. \
      This command's own unlock is the last entry.

      \(CommandFailure.statusHelp)
      """)

  /// The output formats.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text
    case csv
  }

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Option(help: ArgumentHelp("Print only the last N entries.", valueName: "N"))
  var limit: Int?

  @Option(help: "How to print it.")
  var format = Format.text

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit: give 1 or more") }
  }

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "audit")
      let entries = try access.store.auditLog(limit: limit)
      let time = EventTime(timeZone: access.folder.config.timeZone)
      switch format {
      case .text:
        for entry in entries {
          print([time.readable(entry.at), entry.actor, entry.action, entry.detail].joined(separator: "\t"))
        }
      case .csv:
        var csv = CSVWriter(protectsFormulas: true)
        csv.append(["time", "actor", "action", "detail"])
        for entry in entries { csv.append([time.iso(entry.at), entry.actor, entry.action, entry.detail]) }
        FileHandle.standardOutput.write(Data(csv.text.utf8))
      }
    }
  }
}
