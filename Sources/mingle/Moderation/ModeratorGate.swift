import EventState
import Foundation

/// An event folder a moderator command has opened before the moderator PIN is checked: its files,
/// its store and how the audit log names this process. A command may read the store here (what
/// `mingle queue next` expects to be live is read when it starts, not after the slow PIN check),
/// but it prints and changes nothing until `unlock()` accepted the PIN.
struct ModeratorGate {
  let folder: EventFolder
  let store: EventStore
  /// E.g. "mingle queue next pid 4242 on /dev/pts/3".
  let actor: String
  /// The salted hash of the moderator PIN, from event.toml.
  let pinHash: PINHash

  /// Loads `directory` and opens its store for `command` ("queue next"). Throws a `CommandFailure`:
  /// a problem when the folder or its store cannot be used, refused when event.toml sets no PIN.
  static func open(_ directory: String, command: String) throws -> ModeratorGate {
    let folder = try EventDirectory.load(directory)
    guard let pinHash = folder.config.moderatorPIN else {
      let errors = folder.problems.filter { $0.file == EventFolder.FileName.config && $0.severity == .error }
      let advice = "No moderator PIN is set for \(directory): set one with `mingle set-pin \(directory)`"
      throw CommandFailure.refused((errors.map { $0.described(in: directory) } + [advice]).joined(separator: "\n"))
    }
    return ModeratorGate(
      folder: folder, store: try EventDirectory.store(of: folder), actor: ProcessActor.name(command: command),
      pinHash: pinHash)
  }

  /// Checks the moderator PIN (from `MINGLE_PIN`, else asked on the terminal) through `PinCheck`: a
  /// wrong PIN counts towards the lockout shared with the kiosks, the right one is audited as an
  /// unlock, and while the lockout holds every PIN is refused unseen (audited by `PinCheck` too).
  /// Throws a `CommandFailure` (refused) unless the PIN is accepted.
  func unlock() throws -> ModeratorAccess {
    guard let pin = PinSource.moderatorPIN(for: folder.config.name) else {
      throw CommandFailure.refused("No PIN given: type it when asked, or set \(PinSource.variable)")
    }
    let now = Date()
    switch try PinCheck.check(pin, against: pinHash, in: store, at: now, actor: actor) {
    case .accepted:
      return ModeratorAccess(folder: folder, store: store, actor: actor)
    case .wrong(let lockout):
      throw CommandFailure.refused("Wrong PIN: \(lockout.consequence(at: now))")
    case .locked(let seconds):
      throw CommandFailure.refused("Locked: try again in \(seconds) s")
    }
  }
}
