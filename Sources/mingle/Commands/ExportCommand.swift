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

      event.toml and attendees.csv decide what may leave, so while either has errors nothing is \
      exported: the errors are printed as `mingle check` prints them and the exit status is 1. Exit \
      status 1 too when the folder or its state.sqlite cannot be used or the file cannot be written.
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
    try CommandFailure.reporting {
      let folder = try EventDirectory.load(directory)
      try refuseErrors(in: folder)
      let live = try liveState(of: folder)
      let text =
        switch format {
        case .csv: WallExport.csv(config: folder.config, roster: folder.roster, live: live)
        case .md: EventReport.markdown(config: folder.config, roster: folder.roster, live: live)
        case .vcf:
          VCardBundle.export(directory: PublicDirectory(config: folder.config, roster: folder.roster, live: live))
        }
      guard let out else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
      }
      do {
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
      } catch {
        throw CommandFailure.problem("cannot write the export to \(out): \(error)")
      }
      print("Wrote \(out)")
    }
  }

  /// Refuses (a `CommandFailure`) when event.toml or attendees.csv has errors: what they could not say
  /// (the privacy setting, the consent columns) would fall back to defaults that may let out more
  /// than the organizer allowed.
  private func refuseErrors(in folder: EventFolder) throws {
    let deciding: Set<String> = [EventFolder.FileName.config, EventFolder.FileName.roster]
    let errors = folder.problems.filter { $0.severity == .error && deciding.contains($0.file) }
    guard !errors.isEmpty else { return }
    let advice = "Nothing exported: fix the errors above first (`mingle check \(directory)` lists every problem)."
    throw CommandFailure.problem((errors.map { $0.described(in: directory) } + [advice]).joined(separator: "\n"))
  }

  /// The folder's live state; empty when the event never ran (no state.sqlite), without creating one.
  private func liveState(of folder: EventFolder) throws -> LiveState {
    guard FileManager.default.fileExists(atPath: folder.stateURL.path) else { return LiveState() }
    return try EventStore(url: folder.stateURL).snapshot(now: Date())
  }
}
