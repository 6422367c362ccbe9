import Foundation
import GRDB
import Testing

@testable import EventState

/// A full disk is called a full disk, whatever SQLite calls it, and the message names the store's file.
/// (The end-to-end suite `BadFilesEndToEndTests` fills a real disk.)
@Suite struct StoreErrorDiskFullTests {
  let folder = ScratchFolder()

  @Test func sqliteFullIsTheFullDisk() {
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_FULL)) == StoreError.diskFullReason)
    #expect(StoreError.diskFullReason == "the disk is full; free some space and try again")
  }

  @Test(arguments: [ResultCode.SQLITE_IOERR_SHMSIZE, .SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSTAT, .SQLITE_CANTOPEN])
  func aFailureOnAFullDiskIsTheFullDisk(code: ResultCode) {
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: code), diskFull: true) == StoreError.diskFullReason)
  }

  @Test func anInputOutputErrorWithRoomLeftStaysOne() {
    let reason = StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_IOERR_SHMSIZE), diskFull: false)
    #expect(reason.hasPrefix("could not be read or written: the disk reported an input/output error"))
  }

  @Test func aFullDiskDoesNotHideADamagedFile() {
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_CORRUPT), diskFull: true).hasPrefix("is damaged"))
    #expect(StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_BUSY), diskFull: true).contains("locked"))
  }

  @Test func anErrorOnADiskWithRoomNamesTheFileAndTheError() {
    let path = folder.stateURL.path
    #expect(throws: StoreError(path: path, reason: StoreError.plainReason(for: DatabaseError(resultCode: .SQLITE_IOERR_WRITE)))) {
      try StoreError.explaining(path: path) { throw DatabaseError(resultCode: .SQLITE_IOERR_WRITE) }
    }
  }

  @Test func roomIsAskedOfTheNearestFolderThatExists() throws {
    let missing = folder.url.appendingPathComponent("not/made/yet/state.sqlite").path
    let room = try #require(DiskSpace.room(at: missing))
    #expect(room.bytes > 0)
    #expect(!DiskSpace.isFull(at: missing), "the test machine's temporary folder has room")
  }
}
