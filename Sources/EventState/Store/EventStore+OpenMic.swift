import Foundation
import GRDB

/// The open-mic queue in the store: the `open_mic_entry` table.
extension EventStore {
  /// Adds `entry` to the queue; an entry with a negative position goes after every other entry.
  /// Enqueueing an id that is already stored changes nothing, so a retry is safe.
  public func enqueue(_ entry: OpenMicEntry, actor: String) throws {
    try write { db in try Self.insertQueueEntry(entry, actor: actor, at: Date(), in: db) }
  }

  // MARK: - Inside a transaction

  /// Inserts `entry` unless its id is already stored; audits only a real insert.
  static func insertQueueEntry(_ entry: OpenMicEntry, actor: String, at date: Date, in db: Database) throws {
    var entry = entry.sanitized
    if entry.position < 0 {
      entry.position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM open_mic_entry") ?? 0) + 1
    }
    try db.execute(
      sql: """
        INSERT INTO open_mic_entry (
          id, name, pitch, minutes, status, position, joined_at, started_at, ended_at, extra_seconds, paused_at,
          paused_seconds)
        VALUES (
          :id, :name, :pitch, :minutes, :status, :position, :joined_at, :started_at, :ended_at, :extra_seconds,
          :paused_at, :paused_seconds)
        ON CONFLICT (id) DO NOTHING
        """,
      arguments: entry.storeArguments)
    guard db.changesCount > 0 else { return }
    try appendAudit(
      AuditEntry(at: date, actor: actor, action: "enqueue", detail: "\(entry.name), \(entry.minutes) min"), in: db)
  }

  /// Every readable entry: live and queued ones by position, then finished ones by end time.
  static func queue(in db: Database) throws -> [OpenMicEntry] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT * FROM open_mic_entry
        ORDER BY status = 'done', CASE WHEN status = 'done' THEN COALESCE(ended_at, joined_at) ELSE position END, joined_at, id
        """
    ).compactMap(OpenMicEntry.init(storeRow:))
  }
}

extension OpenMicEntry {
  /// The entry in `row` of the `open_mic_entry` table with every text sanitized; nil when the row
  /// cannot be read.
  init?(storeRow row: Row) {
    guard
      let status = try? Status(rawValue: row.decode(String.self, forColumn: "status")),
      let entry = try? OpenMicEntry(
        id: Sanitizer.line(row.decode(forColumn: "id")),
        name: Sanitizer.line(row.decode(forColumn: "name")),
        pitch: Sanitizer.line(row.decode(forColumn: "pitch")),
        minutes: row.decode(forColumn: "minutes"),
        status: status,
        position: row.decode(forColumn: "position"),
        joinedAt: Date(timeIntervalSince1970: row.decode(forColumn: "joined_at")),
        startedAt: row.decode(Double?.self, forColumn: "started_at").map(Date.init(timeIntervalSince1970:)),
        endedAt: row.decode(Double?.self, forColumn: "ended_at").map(Date.init(timeIntervalSince1970:)),
        extraSeconds: row.decode(forColumn: "extra_seconds"),
        pausedAt: row.decode(Double?.self, forColumn: "paused_at").map(Date.init(timeIntervalSince1970:)),
        pausedSeconds: row.decode(forColumn: "paused_seconds"))
    else { return nil }
    self = entry
  }

  /// The entry with every text passed through `Sanitizer.line`.
  var sanitized: OpenMicEntry {
    var entry = self
    entry.id = Sanitizer.line(id)
    entry.name = Sanitizer.line(name)
    entry.pitch = Sanitizer.line(pitch)
    return entry
  }

  /// The entry's columns as named statement arguments.
  var storeArguments: StatementArguments {
    [
      "id": id, "name": name, "pitch": pitch, "minutes": minutes, "status": status.rawValue,
      "position": position, "joined_at": joinedAt.timeIntervalSince1970,
      "started_at": startedAt?.timeIntervalSince1970, "ended_at": endedAt?.timeIntervalSince1970,
      "extra_seconds": extraSeconds, "paused_at": pausedAt?.timeIntervalSince1970, "paused_seconds": pausedSeconds,
    ]
  }
}
