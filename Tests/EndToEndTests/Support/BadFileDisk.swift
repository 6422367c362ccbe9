import Foundation

/// A small disk of its own for the full-disk test: a tmpfs mounted on a temporary folder (tests run as
/// root), which `fill()` fills to the last byte and `free()` empties again.
final class BadFileDisk {
  /// Where the disk is mounted.
  let root: URL
  /// The file that takes up all the room while the disk is full.
  var filler: URL { root.appendingPathComponent("filler") }

  private init(root: URL) {
    self.root = root
  }

  /// A fresh tmpfs of `megabytes`, or why none could be mounted (not root, no tmpfs, a container
  /// without the right to mount).
  static func mount(megabytes: Int = 2) -> Result<BadFileDisk, Shell.Failure> {
    let root: URL
    do {
      root = try MingleBinary.temporaryFolder().appendingPathComponent("disk")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: false)
    } catch {
      return .failure(Shell.Failure(description: "no folder to mount on: \(error)"))
    }
    guard Glibc.mount("tmpfs", root.path, "tmpfs", 0, "size=\(megabytes)m,mode=0755") == 0 else {
      return .failure(Shell.Failure(description: "mount -t tmpfs: \(String(cString: strerror(errno)))"))
    }
    return .success(BadFileDisk(root: root))
  }

  /// Writes the filler until the disk refuses more (ENOSPC).
  func fill() throws {
    let descriptor = open(filler.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard descriptor >= 0 else { throw Shell.Failure(description: "cannot create \(filler.path): \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    let chunk = [UInt8](repeating: 0x2E, count: 64 * 1024)
    var written = 0
    repeat { written = write(descriptor, chunk, chunk.count) } while written > 0
    guard errno == ENOSPC else { throw Shell.Failure(description: "filling \(root.path) stopped with: \(String(cString: strerror(errno)))") }
  }

  /// Free bytes on the disk (0 once filled).
  var freeBytes: Int64 {
    var info = statvfs()
    guard statvfs(root.path, &info) == 0 else { return -1 }
    return Int64(info.f_bavail) * Int64(info.f_frsize)
  }

  /// Removes the filler: the disk has room again.
  func free() throws {
    try FileManager.default.removeItem(at: filler)
  }

  /// Unmounts the disk, even while a process still has a file open on it (the mount is detached at
  /// once and goes away with the last open file).
  func unmount() {
    umount2(root.path, Int32(MNT_DETACH))
  }
}
