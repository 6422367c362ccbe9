import Foundation

/// Everything that can happen to a kiosk: the reducer's input.
public enum KioskAction: Sendable, Hashable {
  /// Time passed (the loop's read timed out, or any wake-up).
  case tick
  /// A key was pressed.
  case key(KeyPress)
  /// The terminal changed size.
  case resized(columns: Int, rows: Int)
  /// Another process (or this one) committed a change to the shared store.
  case storeChanged(LiveState)
  /// The event folder was edited and loaded again without errors: its event, roster and rotation.
  case eventReloaded(EventConfig, roster: [Attendee], rotation: [RotationStep])
  /// The store committed the mutation with this id.
  case mutationCommitted(id: String)
  /// The store could not make the mutation with this id (nothing was written).
  case mutationFailed(id: String, reason: String)
  /// An edit of the event folder was rejected (the last good state stays): the problems, described.
  case eventRejected(problems: [String])
  /// The end of the audit log, read for the moderator (after `KioskEffect.readAuditLog`).
  case auditLogRead([AuditEntry])
  /// What became of the PIN the moderator typed (after `KioskEffect.checkPin`).
  case pinChecked(PinCheck.Outcome)
  /// The PIN could not be checked: the store could not count the attempt (nothing was unlocked).
  case pinCheckFailed(reason: String)
}
