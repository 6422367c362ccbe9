import Foundation
import GRDB

/// Wrong moderator PINs: the `pin_lockout` table (one row), shared by every process of the event.
/// `PinCheck` is the one way a PIN attempt reaches it.
extension EventStore {
  /// Counts one PIN attempt at `date` as a wrong PIN, in one transaction with the look at the lock:
  /// while the prompt is locked nothing is counted and the refusal is audited as `actor`. Returns
  /// the lockout as it was before.
  func countPinAttempt(at date: Date, actor: String) throws -> PinLockout {
    try write { db in
      let before = try Self.pinLockout(in: db)
      if let seconds = before.secondsLeft(at: date) {
        try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "PIN refused", detail: "locked, \(seconds) s left"), in: db)
      } else {
        try Self.storePinLockout(before.afterFailure(at: date), in: db)
      }
      return before
    }
  }

  /// Notes the right PIN typed at `date`: clears the lockout and audits the unlock.
  func recordUnlock(at date: Date, actor: String) throws {
    try write { db in
      try Self.storePinLockout(PinLockout(), in: db)
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "unlock"), in: db)
    }
  }

  /// Clears the lockout without an unlock (a new PIN was set).
  public func clearPinLockout(at date: Date = Date(), actor: String) throws {
    try write { db in
      try Self.storePinLockout(PinLockout(), in: db)
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "set PIN", detail: "lockout cleared"), in: db)
    }
  }

  /// The lockout as stored now.
  public func pinLockout() throws -> PinLockout {
    try explaining { try pool.read(Self.pinLockout(in:)) }
  }

  // MARK: - Inside a transaction

  /// The lockout row; no lockout when it cannot be read.
  static func pinLockout(in db: Database) throws -> PinLockout {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM pin_lockout WHERE id = 1") else { return PinLockout() }
    let failures: Int = (try? row.decode(forColumn: "failures")) ?? 0
    let until = (try? row.decode(Double?.self, forColumn: "locked_until")).flatMap { $0 }
    return PinLockout(failures: failures, lockedUntil: until.map(Date.init(timeIntervalSince1970:)))
  }

  /// Writes `lockout` to its row.
  static func storePinLockout(_ lockout: PinLockout, in db: Database) throws {
    try db.execute(
      sql: "UPDATE pin_lockout SET failures = ?, locked_until = ? WHERE id = 1",
      arguments: [lockout.failures, lockout.lockedUntil?.timeIntervalSince1970])
  }
}
