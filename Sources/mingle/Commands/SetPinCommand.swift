import ArgumentParser
import EventState
import Foundation

/// `mingle set-pin DIR`: a new moderator PIN, asked twice, stored as a salted hash in event.toml.
struct SetPinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set-pin",
    abstract: "Set the moderator PIN of an event (asked twice, stored only as a salted hash).",
    discussion: """
      The PIN (4 to 8 digits) is typed twice on the terminal without being shown; when standard input \
      is not a terminal, its first two lines are read instead (`printf '1357\\n1357\\n' | mingle set-pin \
      DIR`). event.toml gets `pin_hash = "…"` in its [moderator] section, replacing an earlier hash or a \
      plaintext `pin`; every other line and comment stays as it was, and the file is replaced in one \
      step. Running kiosks pick the new PIN up. A PIN lockout after wrong PINs is lifted. Whoever may \
      edit event.toml may set the PIN: the old one is not asked for.

      Exit status: 0 the PIN is set; 1 the folder or event.toml cannot be used or written (fix errors \
      that `mingle check DIR` reports first); 3 the new PIN was refused (not 4 to 8 digits, the two \
      entries differ, or none was given).
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  func run() throws {
    try CommandFailure.reporting {
      let folder = try EventDirectory.load(directory)
      let file = folder.directory.appendingPathComponent(EventFolder.FileName.config)
      guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
        throw CommandFailure.problem("\(file.path): cannot be read as UTF-8 text")
      }
      let pin = try newPIN()
      guard let edited = PinHashEditor.setting(PINHash.make(pin: pin), in: text) else {
        throw CommandFailure.problem(
          "\(file.path): the PIN could not be written into this file; fix the errors `mingle check \(directory)` "
            + "reports, or add a [moderator] section with a pin_hash line")
      }
      do {
        try AtomicFile.write(Data(edited.utf8), to: file)
      } catch {
        throw CommandFailure.problem("\(error)")
      }
      if FileManager.default.fileExists(atPath: folder.stateURL.path) {
        try EventDirectory.store(of: folder).clearPinLockout(actor: ProcessActor.name(command: "set-pin"))
      }
      print("Moderator PIN set in \(file.path).")
    }
  }

  /// The new PIN, typed twice the same and valid.
  private func newPIN() throws -> String {
    guard let (first, second) = PinSource.newPINTwice() else {
      throw CommandFailure.refused("No PIN given: type it twice (or give two lines on standard input)")
    }
    if let problem = PINHash.validate(pin: first) { throw CommandFailure.refused("Not set: \(problem)") }
    guard first == second else { throw CommandFailure.refused("Not set: the two PINs differ") }
    return first
  }
}
