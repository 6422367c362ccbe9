import Foundation
import GRDB

/// The audit log in the store: the `audit_log` table.
extension EventStore {
  /// Appends `entry` to the audit log (for actions that are not a store mutation, such as a
  /// moderator unlocking a kiosk).
  public func audit(_ entry: AuditEntry) throws {
    try write { db in try Self.appendAudit(entry, in: db) }
  }

  /// The last `limit` entries (every entry when nil), oldest first.
  public func auditLog(limit: Int?) throws -> [AuditEntry] {
    try explaining {
      try pool.read { db in
        let rows = try Row.fetchAll(
          db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit.map { max(0, $0) } ?? -1])
        return rows.compactMap(AuditEntry.init(storeRow:)).reversed()
      }
    }
  }

  // MARK: - Inside a transaction

  /// Appends `entry` (sanitized) in the running transaction. `subject` names the row the entry is
  /// about (see `auditSubject(cardID:)`), so that deleting that row can scrub the entry.
  static func appendAudit(_ entry: AuditEntry, subject: String? = nil, in db: Database) throws {
    try db.execute(
      sql: "INSERT INTO audit_log (at, actor, action, detail, subject) VALUES (?, ?, ?, ?, ?)",
      arguments: [
        entry.at.timeIntervalSince1970, Sanitizer.line(entry.actor), Sanitizer.line(entry.action),
        Sanitizer.line(entry.detail), subject,
      ])
  }
}

extension AuditEntry {
  /// The entry in `row` of the `audit_log` table with its texts sanitized; nil when the row cannot
  /// be read.
  init?(storeRow row: Row) {
    guard
      let entry = try? AuditEntry(
        at: Date(timeIntervalSince1970: row.decode(forColumn: "at")),
        actor: Sanitizer.line(row.decode(forColumn: "actor")),
        action: Sanitizer.line(row.decode(forColumn: "action")),
        detail: Sanitizer.line(row.decode(forColumn: "detail")))
    else { return nil }
    self = entry
  }
}
