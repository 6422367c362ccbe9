import Foundation

/// Checks a moderator PIN against event.toml's hash, under the lockout that every process of the
/// event shares: the one way a PIN is checked, at a kiosk (through `KioskEffect.checkPin`), at a
/// moderator's console and in a command.
///
/// The attempt is counted as a wrong PIN before the slow hash is checked, in the same write
/// transaction that looks at the lock: many processes started at once, or a burst of keys, get no
/// more tries than the lockout allows. The right PIN then clears the count (audited as an unlock); a
/// wrong one keeps it and is audited; one tried while the prompt is locked is refused unseen and
/// audited as refused.
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
    let before = try store.countPinAttempt(at: date, actor: actor)
    if let seconds = before.secondsLeft(at: date) { return .locked(secondsLeft: seconds) }
    if hash.verify(pin) {
      try store.recordUnlock(at: date, actor: actor)
      return .accepted
    }
    let after = before.afterFailure(at: date)
    try store.audit(AuditEntry(at: date, actor: actor, action: "wrong PIN", detail: after.consequence(at: date)))
    return .wrong(after)
  }
}
