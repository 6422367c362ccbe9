import Foundation
import GRDB

/// What the moderators ask of every display: the `display_control` table (one row).
extension EventStore {
  /// Holds the rotation on every display (or lets it go on). Asking for the state it is in changes
  /// nothing; returns whether it changed.
  @discardableResult
  public func setRotationPaused(_ paused: Bool, at date: Date = Date(), actor: String) throws -> Bool {
    try write { db in
      try db.execute(sql: "UPDATE display_control SET rotation_paused = ? WHERE id = 1 AND rotation_paused <> ?", arguments: [paused, paused])
      guard db.changesCount > 0 else { return false }
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: paused ? "pause rotation" : "resume rotation"), in: db)
      return true
    }
  }

  /// Asks every display to show `screen` now (displays whose rotation lacks it ignore the request).
  public func requestScreen(_ screen: ScreenKind, at date: Date = Date(), actor: String) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE display_control SET screen = ?, screen_serial = screen_serial + 1 WHERE id = 1",
        arguments: [screen.rawValue])
      try Self.appendAudit(AuditEntry(at: date, actor: actor, action: "go to screen", detail: screen.rawValue), in: db)
    }
  }

  // MARK: - Inside a transaction

  /// The display control row; the default when it cannot be read.
  static func displayControl(in db: Database) throws -> DisplayControl {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM display_control WHERE id = 1") else { return DisplayControl() }
    let paused: Bool = (try? row.decode(forColumn: "rotation_paused")) ?? false
    let serial: Int = (try? row.decode(forColumn: "screen_serial")) ?? 0
    let screen = (try? row.decode(String?.self, forColumn: "screen")).flatMap { $0 }.flatMap(ScreenKind.init(rawValue:))
    return DisplayControl(
      rotationPaused: paused, screenRequest: screen.map { DisplayControl.ScreenRequest(screen: $0, serial: serial) })
  }
}
