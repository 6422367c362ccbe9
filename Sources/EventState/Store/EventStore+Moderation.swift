import Foundation
import GRDB

/// The moderator's changes to the open-mic queue. Each is one write transaction that reads what it
/// changes inside it, so moderators in several processes never corrupt the queue.
extension EventStore {
  /// Finishes the live speaker and puts the next one (by `SpeakingOrder` under `settings`) live at
  /// `date`, only if the live speaker is still `expected` (nil: nobody live). A compare-and-set: two
  /// moderators pressing `next` on the same speaker advance the queue once.
  @discardableResult
  public func advanceQueue(expectingLive expected: String?, settings: OpenMicSettings, at date: Date, actor: String) throws -> QueueAdvance {
    try write { db in
      let queue = try Self.queue(in: db)
      let current = queue.first { $0.status == .live }
      guard current?.id == expected else { return .alreadyAdvanced(live: current) }
      var after = queue
      var finished: OpenMicEntry?
      if let current, let index = after.firstIndex(of: current) {
        var done = current
        if let pausedAt = done.pausedAt { done.pausedSeconds += max(0, date.timeIntervalSince(pausedAt)) }
        done.pausedAt = nil
        done.status = .done
        done.endedAt = max(date, done.startedAt ?? date)
        after[index] = done
        finished = done
        try Self.storeTimer(of: done, in: db)
      }
      var live = SpeakingOrder.upNext(after, settings: settings).first
      if var next = live {
        next.status = .live
        next.startedAt = date
        try Self.storeTimer(of: next, in: db)
        live = next
      }
      guard finished != nil || live != nil else { return .empty }
      let names = [finished?.name ?? "nobody", live?.name ?? "nobody"].joined(separator: " → ")
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "next", detail: names), in: db)
      return .advanced(finished: finished, live: live)
    }
  }

  /// Moves a waiting entry `offset` places earlier (negative) or later (positive) among the waiting
  /// ones. Returns whether it moved (false when it is not waiting or already first/last).
  @discardableResult
  public func moveQueueEntry(id: String, by offset: Int, at date: Date = Date(), actor: String) throws -> Bool {
    try write { db in
      var waiting = try Self.queue(in: db).filter { $0.status == .queued }.sorted { $0.position < $1.position }
      guard let from = waiting.firstIndex(where: { $0.id == id }) else { return false }
      let to = min(max(0, from + offset), waiting.count - 1)
      guard to != from else { return false }
      let base = waiting.map(\.position).min() ?? 1
      let entry = waiting.remove(at: from)
      waiting.insert(entry, at: to)
      for (index, item) in waiting.enumerated() where item.position != base + index {
        try db.execute(sql: "UPDATE open_mic_entry SET position = ? WHERE id = ?", arguments: [base + index, item.id])
      }
      try Self.appendAudit(
        AuditEntry(at: date, actor: actor, action: "move", detail: "\(entry.name) to place \(to + 1)"), in: db)
      return true
    }
  }

  /// Takes a waiting entry out of the queue. Returns the removed entry (nil when it was not waiting).
  @discardableResult
  public func removeQueueEntry(id: String, at date: Date = Date(), actor: String) throws -> OpenMicEntry? {
    try write { db in
      guard let entry = try Self.queue(in: db).first(where: { $0.id == id && $0.status == .queued }) else { return nil }
      try db.execute(sql: "DELETE FROM open_mic_entry WHERE id = ?", arguments: [id])
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "remove", detail: entry.name), in: db)
      return entry
    }
  }

  /// Gives the live speaker `seconds` more (or, negative, less) time; the slot stays between 0 and
  /// `longestSlotSeconds`. Returns whether anything changed (false when `id` is not live).
  @discardableResult
  public func adjustLiveTime(id: String, bySeconds seconds: Int, at date: Date = Date(), actor: String) throws -> Bool {
    try write { db in
      guard var entry = try Self.queue(in: db).first(where: { $0.id == id && $0.status == .live }) else { return false }
      let base = entry.minutes * 60
      let extra = min(max(entry.extraSeconds + seconds, -base), Self.longestSlotSeconds - base)
      guard extra != entry.extraSeconds else { return false }
      entry.extraSeconds = extra
      try Self.storeTimer(of: entry, in: db)
      let change = seconds >= 0 ? "+\(seconds / 60) min" : "-\(-seconds / 60) min"
      try Self.appendAudit(
        AuditEntry(at: date, actor: actor, action: "time", detail: "\(entry.name) \(change), slot \(entry.slotSeconds / 60) min"),
        in: db)
      return true
    }
  }

  /// Pauses the live speaker's timer at `date`, or lets it run again. Returns whether it is paused
  /// now (nil when `id` is not live).
  @discardableResult
  public func toggleTimer(id: String, at date: Date, actor: String) throws -> Bool? {
    try write { db in
      guard var entry = try Self.queue(in: db).first(where: { $0.id == id && $0.status == .live }) else { return nil }
      if let pausedAt = entry.pausedAt {
        entry.pausedSeconds += max(0, date.timeIntervalSince(pausedAt))
        entry.pausedAt = nil
      } else {
        entry.pausedAt = date
      }
      try Self.storeTimer(of: entry, in: db)
      try Self.appendAudit(
        AuditEntry(at: date, actor: actor, action: entry.isTimerPaused ? "pause timer" : "resume timer", detail: entry.name),
        in: db)
      return entry.isTimerPaused
    }
  }

  /// The longest speaking slot the moderator can give (30 minutes).
  public static let longestSlotSeconds = 30 * 60

  // MARK: - Inside a transaction

  /// Writes the status and timer columns of `entry`.
  static func storeTimer(of entry: OpenMicEntry, in db: Database) throws {
    try db.execute(
      sql: """
        UPDATE open_mic_entry SET status = :status, started_at = :started_at, ended_at = :ended_at,
          extra_seconds = :extra_seconds, paused_at = :paused_at, paused_seconds = :paused_seconds
        WHERE id = :id
        """,
      arguments: entry.storeArguments)
  }
}
