import Foundation
import GRDB

/// Opens the store's file: the checks before SQLite sees it, the connection settings, the schema.
enum StoreOpening {
  /// How often opening is tried again when another process holds the file during its own opening.
  static let busyRetries = 10

  /// A pool on the file at `url`, creating the file and its folder when needed, with the schema up
  /// to date.
  ///
  /// Several processes may open a new file at the same moment. SQLite then refuses, without waiting,
  /// to switch one of them to WAL mode while another is doing it; that refusal is retried after a
  /// short pause.
  static func pool(at url: URL) throws -> DatabasePool {
    try prepareFolder(for: url)
    var attempt = 0
    while true {
      do {
        return try openAndMigrate(url)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < busyRetries {
        attempt += 1
        Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
      }
    }
  }

  /// Makes sure `url` is not a folder and that its folder exists.
  static func prepareFolder(for url: URL) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
      throw StoreError(path: url.path, reason: "is a folder, not a database file")
    }
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError(
        path: url.path,
        reason: "its folder \(folder.path) cannot be created; check that no file is in the way and that the parent folder is writable")
    }
  }

  /// One attempt at opening the pool and migrating the schema.
  static func openAndMigrate(_ url: URL) throws -> DatabasePool {
    let pool = try DatabasePool(path: url.path, configuration: configuration)
    // Switching the writer to WAL mode sets `synchronous = NORMAL` after `prepareDatabase` has run.
    try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    try StoreSchema.migrate(pool)
    return pool
  }

  /// Settings of every connection: wait up to 5 s for a lock, fsync every commit, foreign keys on,
  /// deleted content overwritten with zeros (a deleted card leaves no trace in the file).
  static var configuration: Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
      try db.execute(sql: "PRAGMA secure_delete = ON")
    }
    return configuration
  }
}
