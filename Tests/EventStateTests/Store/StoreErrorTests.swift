import Foundation
import GRDB
import Testing

@testable import EventState

@Suite struct StoreErrorTests {
  let folder = ScratchFolder()

  /// The error thrown when opening the store at `url`.
  func openingError(_ url: URL) -> StoreError? {
    do {
      _ = try EventStore(url: url)
      return nil
    } catch {
      return error as? StoreError
    }
  }

  @Test func aFolderIsNotADatabase() throws {
    let error = try #require(openingError(folder.url))
    #expect(error.path == folder.url.path)
    #expect(error.description == "\(folder.url.path): is a folder, not a database file")
  }

  @Test func aFileThatIsNotADatabaseIsNamed() throws {
    let url = folder.url.appendingPathComponent("state.sqlite")
    try Data(String(repeating: "this is a shopping list, not a database\n", count: 200).utf8).write(to: url)
    let error = try #require(openingError(url))
    #expect(error.description.hasPrefix("\(url.path): is not a mingle state database"))
  }

  @Test func aFileInTheWayOfTheFolderIsExplained() throws {
    let blocker = folder.url.appendingPathComponent("event")
    try Data("not a folder".utf8).write(to: blocker)
    let url = blocker.appendingPathComponent("state.sqlite")
    let error = try #require(openingError(url))
    #expect(error.description.hasPrefix("\(url.path): its folder \(blocker.path) cannot be created"))
  }

  @Test func aFullDiskIsSaidInPlainWords() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    var card = storeCard("c1", "Ada Lovelace")
    card.offer = String(repeating: "x", count: 20_000)
    #expect(throws: StoreError(path: folder.stateURL.path, reason: "the disk is full; free some space and try again")) {
      try store.pin(card, actor: "test")
    }
  }

  @Test func sqliteCodesBecomePlainReasons() {
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_CORRUPT)).hasPrefix("is damaged"))
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_BUSY)).contains("locked"))
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_READONLY)).hasPrefix("cannot be written"))
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_IOERR_WRITE)).contains("input/output"))
  }
}
