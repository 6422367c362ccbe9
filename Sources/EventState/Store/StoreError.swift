import GRDB

/// A failure of the shared store, explained in plain words and naming the file.
public struct StoreError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The database file.
  public var path: String
  /// What went wrong, for the organizer (e.g. "the disk is full; free some space and start again").
  public var reason: String

  /// An error about the file at `path`.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `path: reason`.
  public var description: String { "\(path): \(reason)" }

  /// Runs `body`, turning anything it throws into a `StoreError` about the file at `path`.
  static func explaining<T>(path: String, _ body: () throws -> T) throws(StoreError) -> T {
    do {
      return try body()
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, reason: plainReason(for: error, diskFull: DiskSpace.isFull(at: path)))
    }
  }

  /// Why a write found no room: SQLite's own "disk full", or any failure while the disk has no room left.
  static let diskFullReason = "the disk is full; free some space and try again"

  /// What `error` means for the organizer. `diskFull` says that the disk holding the file has no room
  /// left: SQLite then reports a file it cannot make grow (its `-shm` index) as an input/output error
  /// and a file it cannot create as one it cannot open, while the cause is the full disk.
  static func plainReason(for error: any Error, diskFull: Bool = false) -> String {
    guard let error = error as? DatabaseError else { return String(describing: error) }
    if diskFull && (error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_CANTOPEN) { return diskFullReason }
    let sqlite = error.message.map { " (SQLite: \($0))" } ?? ""
    switch error.resultCode {
    case .SQLITE_NOTADB:
      return "is not a mingle state database: the file holds something else; move it away or choose another event folder"
    case .SQLITE_CORRUPT:
      return "is damaged; restore a copy or move it away to start with an empty state"
    case .SQLITE_CANTOPEN:
      return "cannot be opened; check that its folder exists and is writable\(sqlite)"
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return "cannot be written; check the permissions of the file and its folder\(sqlite)"
    case .SQLITE_FULL:
      return diskFullReason
    case .SQLITE_IOERR:
      return "could not be read or written: the disk reported an input/output error\(sqlite)"
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return "another program kept the file locked; close it or try again in a moment"
    case .SQLITE_CONSTRAINT:
      return "refused a value that breaks a rule of the store\(sqlite)"
    default:
      return "SQLite error \(error.resultCode.rawValue)\(sqlite)"
    }
  }
}
