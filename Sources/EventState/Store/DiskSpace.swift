import Foundation

/// How much room is left on the disk that holds a file: tells a full disk from other input/output
/// errors, which SQLite reports alike when it cannot make its shared-memory file (`-shm`) grow.
enum DiskSpace {
  /// Below this many free bytes a disk counts as full: SQLite's largest single allocation, a 32 KiB
  /// block of the WAL index, would not fit twice.
  static let fullBelow: Int64 = 64 * 1024

  /// Whether the disk holding `path` (or, while the file does not exist yet, its folder) is full: too
  /// few free bytes, or no free file entry left. False when that cannot be told.
  static func isFull(at path: String) -> Bool {
    guard let room = room(at: path) else { return false }
    return room.bytes < fullBelow || room.files == 0
  }

  /// Free bytes and file entries that a program without special rights may still use on the disk of
  /// `path` or of the nearest folder above it that exists; nil when none can be asked. `files` is nil
  /// on file systems that do not count file entries (btrfs says 0 of 0).
  static func room(at path: String) -> (bytes: Int64, files: UInt64?)? {
    var url = URL(fileURLWithPath: path)
    while true {
      var info = statvfs()
      if statvfs(url.path, &info) == 0 {
        let files = info.f_files > 0 ? UInt64(info.f_favail) : nil
        return (Int64(info.f_bavail) * Int64(info.f_frsize), files)
      }
      guard url.path != "/" else { return nil }
      url.deleteLastPathComponent()
    }
  }
}
