import ArgumentParser
import EventState
import Foundation

/// `mingle export DIR --format csv|md|vcf [--out PATH]`: what the event's public screens showed, for
/// follow-ups.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the connecting wall (csv), an event report (md) or the shared contacts (vcf).",
    discussion: """
      Only what the public screens showed leaves: cards whose owners agreed to be shown and that no \
      moderator hid, contacts only when shared, open-mic names and pitches. csv: one row per card on the \
      wall (topic, name, role, company, offer, seek, contact, pinned_at), safe to open in a spreadsheet. \
      md: title, date, venue, counts, topics with their cards, open-mic speakers with their times. vcf: \
      a vCard for everyone the screens showed with a shared contact.
      """)

  /// The file formats of an export.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case csv
    case md
    case vcf
  }

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Option(help: "What to export.")
  var format: Format

  @Option(help: ArgumentHelp("Write to this file (replaced in one step) instead of standard output.", valueName: "PATH"))
  var out: String?

  func run() throws {
    let url = URL(fileURLWithPath: directory)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ValidationError("\(directory): no such event folder")
    }
    let folder = EventFolder.load(from: url)
    for problem in folder.problems where problem.severity == .error {
      FileHandle.standardError.write(Data("\(problem.described(in: directory))\n".utf8))
    }
    let live = try liveState(of: folder)
    let text =
      switch format {
      case .csv: WallExport.csv(config: folder.config, roster: folder.roster, live: live)
      case .md: EventReport.markdown(config: folder.config, roster: folder.roster, live: live)
      case .vcf: VCardBundle.export(directory: PublicDirectory(config: folder.config, roster: folder.roster, live: live))
      }
    guard let out else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
    } catch {
      throw ValidationError("cannot write the export: \(error)")
    }
    print("Wrote \(out)")
  }

  /// The folder's live state; empty when the event never ran (no state.sqlite), without creating one.
  private func liveState(of folder: EventFolder) throws -> LiveState {
    guard FileManager.default.fileExists(atPath: folder.stateURL.path) else { return LiveState() }
    do {
      return try EventStore(url: folder.stateURL).snapshot(now: Date())
    } catch {
      throw ValidationError("\(error)")
    }
  }
}
