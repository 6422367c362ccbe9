import Foundation
import GRDB

/// Announcements in the store: the `announcement` table.
extension EventStore {
  /// Puts up `announcement` on every display until it expires. Announcing an id that is already
  /// stored changes nothing, so a retry is safe.
  public func announce(_ announcement: Announcement, actor: String) throws {
    let announcement = announcement.sanitized
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO announcement (id, text, created_at, expires_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (id) DO NOTHING
          """,
        arguments: [
          announcement.id, announcement.text, announcement.createdAt.timeIntervalSince1970,
          announcement.expiresAt.timeIntervalSince1970,
        ])
      guard db.changesCount > 0 else { return }
      try Self.appendAudit(
        AuditEntry(at: Date(), actor: actor, action: "announce", detail: announcement.text), in: db)
    }
  }

  // MARK: - Inside a transaction

  /// The readable announcements up at `date` (created at or before it, expiring after it), oldest first.
  static func announcements(activeAt date: Date, in db: Database) throws -> [Announcement] {
    let seconds = date.timeIntervalSince1970
    return try Row.fetchAll(
      db,
      sql: "SELECT * FROM announcement WHERE created_at <= ? AND ? < expires_at ORDER BY created_at, id",
      arguments: [seconds, seconds]
    ).compactMap(Announcement.init(storeRow:))
  }
}

extension Announcement {
  /// The announcement in `row` of the `announcement` table with its texts sanitized; nil when the row
  /// cannot be read.
  init?(storeRow row: Row) {
    guard
      let announcement = try? Announcement(
        id: Sanitizer.line(row.decode(forColumn: "id")),
        text: Sanitizer.line(row.decode(forColumn: "text")),
        createdAt: Date(timeIntervalSince1970: row.decode(forColumn: "created_at")),
        expiresAt: Date(timeIntervalSince1970: row.decode(forColumn: "expires_at")))
    else { return nil }
    self = announcement
  }

  /// The announcement with its texts passed through `Sanitizer.line`.
  var sanitized: Announcement {
    var announcement = self
    announcement.id = Sanitizer.line(id)
    announcement.text = Sanitizer.line(text)
    return announcement
  }
}
