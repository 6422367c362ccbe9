import Foundation
import GRDB

/// Checks a moderator PIN given outside the kiosk (a command in another terminal, a script) against
/// event.toml's hash, under the lockout that every process of the event shares.
///
/// The attempt is counted as a wrong PIN before the slow hash is checked, in the same write
/// transaction that looks at the lock: many processes started at once get no more tries than the
/// lockout allows. The right PIN then clears the count (`recordUnlock`, audited as an unlock); a
/// wrong one keeps it and is audited like the kiosk's.
public enum PinCheck {
  /// What became of one attempt.
  public enum Outcome: Sendable, Hashable {
    /// The PIN is right: the lockout is cleared and the unlock audited.
    case accepted
    /// The PIN is wrong: it counts, and this is the lockout after it.
    case wrong(PinLockout)
    /// The prompt is locked for this many more seconds: the PIN was not looked at.
    case locked(secondsLeft: Int)
  }

  /// Checks `pin` against `hash` at `date`, counting and auditing the attempt in `store` as `actor`.
  public static func check(
    _ pin: String, against hash: PINHash, in store: EventStore, at date: Date, actor: String
  ) throws -> Outcome {
    let before = try store.countPinAttempt(at: date)
    if let seconds = before.secondsLeft(at: date) { return .locked(secondsLeft: seconds) }
    if hash.verify(pin) {
      try store.recordUnlock(at: date, actor: actor)
      return .accepted
    }
    let after = before.afterFailure(at: date)
    let detail = after.secondsLeft(at: date).map { "locked for \($0) s" } ?? "\(after.attemptsLeft) attempts left"
    try store.audit(AuditEntry(at: date, actor: actor, action: "wrong PIN", detail: detail))
    return .wrong(after)
  }
}

extension EventStore {
  /// Counts one PIN attempt at `date` as a wrong PIN, unless the prompt is locked then. Returns the
  /// lockout as it was before.
  fileprivate func countPinAttempt(at date: Date) throws -> PinLockout {
    try write { db in
      let before = try Self.pinLockout(in: db)
      if !before.isLocked(at: date) { try Self.storePinLockout(before.afterFailure(at: date), in: db) }
      return before
    }
  }
}
