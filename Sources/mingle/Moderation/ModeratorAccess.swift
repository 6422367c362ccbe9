import EventState
import Foundation

/// An event folder opened by a moderator command once the PIN was accepted (see `ModeratorGate`):
/// its files, its store, and how the audit log names this process.
struct ModeratorAccess {
  let folder: EventFolder
  let store: EventStore
  /// E.g. "mingle queue next pid 4242 on /dev/pts/3".
  let actor: String

  /// Opens `directory` for `command` ("queue list") and checks the moderator PIN: `ModeratorGate`'s
  /// `open` then `unlock`, for commands that read nothing before. Throws a `CommandFailure`.
  static func unlock(_ directory: String, command: String) throws -> ModeratorAccess {
    try ModeratorGate.open(directory, command: command).unlock()
  }
}
