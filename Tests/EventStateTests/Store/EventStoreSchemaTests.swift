import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreSchemaTests {
  let folder = ScratchFolder()

  @Test func openingCreatesTheFolderTheFileAndEveryTable() throws {
    let url = folder.url.appendingPathComponent("nested/event/state.sqlite")
    _ = try EventStore(url: url)
    #expect(FileManager.default.fileExists(atPath: url.path))
    let tables = try sqlite3Succeeding(
      url, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
    #expect(tables.split(separator: "\n") == [
        "announcement", "audit_log", "card", "display_control", "grdb_migrations", "open_mic_entry", "pin_lockout",
      ])
  }

  @Test func reopeningKeepsTheDataAndDoesNotMigrateAgain() throws {
    try EventStore(url: folder.stateURL).pin(storeCard("c1", "Ada Lovelace"), actor: "test")
    let reopened = try EventStore(url: folder.stateURL)
    #expect(try reopened.snapshot(now: storeT0).cards.map(\.id) == ["c1"])
    #expect(try sqlite3Succeeding(folder.stateURL, "SELECT count(*) FROM grdb_migrations") == "\(StoreSchema.migrator.migrations.count)")
  }

  @Test func theFileIsInWALModeAndTheWriterSyncsFully() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(try sqlite3Succeeding(folder.stateURL, "PRAGMA journal_mode") == "wal")
    let (synchronous, secureDelete, foreignKeys) = try store.pool.writeWithoutTransaction { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA secure_delete"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(synchronous == 2, "2 is FULL")
    #expect(secureDelete == 1)
    #expect(foreignKeys == 1)
    let readerSynchronous = try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
    #expect(readerSynchronous == 2)
  }

  @Test func theQueueRefusesImpossibleRows() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(throws: StoreError.self) { try store.enqueue(storeEntry("q1", "Too long", minutes: 9), actor: "test") }
    #expect(throws: StoreError.self) { try store.enqueue(storeEntry("q2", "Too short", minutes: 0), actor: "test") }
    let badStatus = try sqlite3(
      folder.stateURL,
      "INSERT INTO open_mic_entry (id, name, minutes, status, position, joined_at) VALUES ('x', 'X', 3, 'maybe', 1, 0)")
    #expect(badStatus.status != 0)
    let liveWithoutStart = try sqlite3(
      folder.stateURL,
      "INSERT INTO open_mic_entry (id, name, minutes, status, position, joined_at) VALUES ('y', 'Y', 3, 'live', 1, 0)")
    #expect(liveWithoutStart.status != 0)
  }

  @Test func onlyOneSpeakerCanBeLive() throws {
    _ = try EventStore(url: folder.stateURL)
    let insertLive = { (id: String) in
      try sqlite3(
        folder.stateURL,
        """
        INSERT INTO open_mic_entry (id, name, minutes, status, position, joined_at, started_at)
        VALUES ('\(id)', 'Speaker \(id)', 3, 'live', 1, 0, 10)
        """)
    }
    #expect(try insertLive("a").status == 0)
    #expect(try insertLive("b").status != 0)
  }

  @Test func announcementsMustExpireAfterTheyStart() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(throws: StoreError.self) {
      try store.announce(Announcement(id: "a", text: "Pizza", createdAt: storeT0, expiresAt: storeT0), actor: "test")
    }
  }

  @Test func processesOpeningANewFileTogetherAllSucceed() throws {
    for round in 0..<20 {
      let url = folder.url.appendingPathComponent("race-\(round).sqlite")
      let failures = Failures()
      DispatchQueue.concurrentPerform(iterations: 6) { _ in
        do { _ = try EventStore(url: url) } catch { failures.append(String(describing: error)) }
      }
      #expect(failures.all.isEmpty)
    }
  }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [String] = []
  func append(_ failure: String) { lock.withLock { collected.append(failure) } }
  var all: [String] { lock.withLock { collected } }
}
