import ArgumentParser
import EventState
import Foundation

/// Why a command stopped without doing what it was asked, with the exit status scripts see: a
/// message for people on standard error, never the usage (that is for wrong usage only, status 64).
/// The moderator commands document the statuses in their help through `CommandFailure.statusHelp`.
struct CommandFailure: Error {
  /// What to print on standard error.
  var message: String
  var status: Int32

  /// The folder, event.toml or state.sqlite cannot be used, or a file cannot be written (status 1).
  static func problem(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
  /// The PIN was refused: wrong, locked, not given, or none is set (set-pin: the new PIN is not valid)
  /// (status 3).
  static func refused(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 3) }
  /// Nothing was done: no such entry or card, nothing to do, or another moderator was first (status 4).
  static func nothingDone(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 4) }

  /// The exit statuses of the moderator commands, for their help.
  static let statusHelp = """
    Exit status: 0 done; 1 the folder, event.toml or state.sqlite cannot be used; 3 the PIN was refused \
    (wrong, locked, not given, or none is set); 4 nothing was done (no such entry or card, nothing to \
    do, or another moderator was first); 64 wrong usage. Messages for people go to standard error.
    """

  /// Runs `body`; a `CommandFailure` is printed on standard error and ends the program with its
  /// status, a store that fails on the way as a `problem`.
  static func reporting(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let failure as CommandFailure {
      throw failure.reported()
    } catch let error as StoreError {
      throw problem("\(error)").reported()
    }
  }

  /// Prints the message on standard error and gives the exit with the status.
  private func reported() -> ExitCode {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    return ExitCode(status)
  }
}
