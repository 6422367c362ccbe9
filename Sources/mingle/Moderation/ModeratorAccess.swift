import EventState
import Foundation

/// An event folder opened by a moderator command once the PIN was accepted: its files, its store,
/// and how the audit log names this process.
struct ModeratorAccess {
  let folder: EventFolder
  let store: EventStore
  /// E.g. "mingle queue next pid 4242 on /dev/pts/3".
  let actor: String

  /// Loads `directory`, opens its store and checks the moderator PIN (from `MINGLE_PIN` or asked on
  /// the terminal) for `command` ("queue next"): a wrong PIN counts towards the lockout shared with
  /// the kiosks, the right one is audited as an unlock. While the lockout holds, no PIN is asked for.
  /// Throws a `ScriptFailure`.
  static func unlock(_ directory: String, command: String) throws -> ModeratorAccess {
    let folder = try EventDirectory.load(directory)
    guard let hash = folder.config.moderatorPIN else {
      let errors = folder.problems.filter { $0.file == EventFolder.FileName.config && $0.severity == .error }
      let advice = "No moderator PIN is set for \(directory): set one with `mingle set-pin \(directory)`"
      throw ScriptFailure.refused((errors.map { $0.described(in: directory) } + [advice]).joined(separator: "\n"))
    }
    let store = try EventDirectory.store(of: folder)
    let actor = ProcessActor.name(command: command)
    if let seconds = try store.pinLockout().secondsLeft(at: Date()) { throw locked(seconds) }
    guard let pin = PinSource.moderatorPIN(for: folder.config.name) else {
      throw ScriptFailure.refused("No PIN given: type it when asked, or set \(PinSource.variable)")
    }
    let now = Date()
    switch try PinCheck.check(pin, against: hash, in: store, at: now, actor: actor) {
    case .accepted:
      return ModeratorAccess(folder: folder, store: store, actor: actor)
    case .wrong(let lockout):
      let consequence = lockout.secondsLeft(at: now).map { "locked for \($0) s" } ?? "\(lockout.attemptsLeft) attempts left"
      throw ScriptFailure.refused("Wrong PIN: \(consequence)")
    case .locked(let seconds):
      throw locked(seconds)
    }
  }

  /// The refusal while the lockout holds.
  private static func locked(_ seconds: Int) -> ScriptFailure {
    .refused("Locked: try again in \(seconds) s")
  }
}
