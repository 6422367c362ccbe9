import Foundation

/// Wrong moderator PINs and the lock they cause, shared by every process of the event through the
/// store, so that neither restarting the kiosk nor using another terminal resets it.
///
/// The first `freeAttempts` wrong PINs only count; the next one locks the prompt for
/// `firstLockSeconds`, and every wrong PIN after that locks it for twice as long as the one before
/// (at most `longestLockSeconds`). The right PIN clears it.
public struct PinLockout: Sendable, Hashable {
  /// Wrong PINs allowed before the prompt locks.
  public static let freeAttempts = 5
  /// The first lock.
  public static let firstLockSeconds = 60
  /// The longest lock: a prankster at the keyboard can keep the moderators out for an hour at most
  /// (`mingle set-pin` clears the lock at once).
  public static let longestLockSeconds = 3600

  /// Wrong PINs since the last right one.
  public var failures: Int
  /// Until when the prompt refuses every PIN; nil when it was never locked since the last right one.
  public var lockedUntil: Date?

  /// A lockout after `failures` wrong PINs, locked until `lockedUntil`.
  public init(failures: Int = 0, lockedUntil: Date? = nil) {
    self.failures = max(0, failures)
    self.lockedUntil = lockedUntil
  }

  /// Whether the prompt refuses PINs at `now`.
  public func isLocked(at now: Date) -> Bool { secondsLeft(at: now) != nil }

  /// Whole seconds (rounded up) the lock still holds at `now`; nil when not locked.
  public func secondsLeft(at now: Date) -> Int? {
    guard let lockedUntil, now < lockedUntil else { return nil }
    return Int(lockedUntil.timeIntervalSince(now).rounded(.up))
  }

  /// Wrong PINs left before the prompt locks (0 once it has locked).
  public var attemptsLeft: Int { max(0, Self.freeAttempts - failures) }

  /// What a wrong PIN led to, at `now`: "locked for 60 s", "1 attempt left", "3 attempts left".
  public func consequence(at now: Date) -> String {
    if let seconds = secondsLeft(at: now) { return "locked for \(seconds) s" }
    return attemptsLeft == 1 ? "1 attempt left" : "\(attemptsLeft) attempts left"
  }

  /// The lockout after one more wrong PIN at `now`.
  public func afterFailure(at now: Date) -> PinLockout {
    let failures = failures + 1
    guard failures >= Self.freeAttempts else { return PinLockout(failures: failures, lockedUntil: lockedUntil) }
    return PinLockout(failures: failures, lockedUntil: now.addingTimeInterval(TimeInterval(Self.lockSeconds(afterFailures: failures))))
  }

  /// Seconds a lock lasts once `failures` wrong PINs were typed (`freeAttempts` or more): 60, 120,
  /// 240, … up to `longestLockSeconds`.
  public static func lockSeconds(afterFailures failures: Int) -> Int {
    let doublings = max(0, failures - freeAttempts)
    guard doublings < 16 else { return longestLockSeconds }
    return min(longestLockSeconds, firstLockSeconds << doublings)
  }
}
