import Foundation

/// What the reducer asks the outside world to do.
public enum KioskEffect: Sendable, Hashable {
  /// Leave the program (restoring the terminal).
  case quit
  /// Make this change in the shared store, then report `.mutationCommitted` or `.mutationFailed`.
  case write(StoreMutation)
  /// Read the last `limit` audit log entries, then report `.auditLogRead`.
  case readAuditLog(limit: Int)
  /// Check a moderator PIN typed at `at` against `hash` with `PinCheck`, then report `.pinChecked`
  /// (or `.pinCheckFailed` when the store cannot count the attempt).
  case checkPin(String, against: PINHash, at: Date)
}
