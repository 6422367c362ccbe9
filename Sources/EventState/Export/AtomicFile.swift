import Foundation

/// Replaces a file in one step, so that a reader (or a crash, or a full disk) sees either the old file
/// or the complete new one, never a part of it.
///
/// The new contents go to a temporary file in the same folder, are flushed to the disk (`fsync`) and
/// then renamed over the old file; `rename` within one file system is atomic. The temporary file starts
/// with a dot and is removed when anything fails. A replaced file keeps its permissions.
public enum AtomicFile {
  /// Why a file could not be written.
  public struct Failure: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file that was to be written.
    public var path: String
    /// What went wrong, in plain words.
    public var reason: String

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
  }

  /// Writes `data` to `url`. With `backup`, the file's previous contents (when there was a file) are
  /// first saved there, written the same way; the backup is the previous state whatever happens next.
  /// Throws a `Failure` naming the file that could not be written.
  public static func write(_ data: Data, to url: URL, backup: URL? = nil) throws {
    let mode = permissions(of: url) ?? 0o644
    if let backup, let previous = FileManager.default.contents(atPath: url.path) {
      try replace(backup, with: previous, mode: mode)
    }
    try replace(url, with: data, mode: mode)
  }

  // MARK: - Steps

  /// Writes `data` to a temporary sibling of `url` and renames it over `url`.
  private static func replace(_ url: URL, with data: Data, mode: mode_t) throws {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    if let reason = writeAndFlush(data, to: temporary.path, mode: mode) {
      unlink(temporary.path)
      throw Failure(path: url.path, reason: reason)
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = lastError()
      unlink(temporary.path)
      throw Failure(path: url.path, reason: reason)
    }
    flushFolder(folder.path)
  }

  /// Creates the file at `path` (which must not exist) with `mode`, writes `data` and flushes it; nil
  /// on success, else what went wrong.
  private static func writeAndFlush(_ data: Data, to path: String, mode: mode_t) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
    guard descriptor >= 0 else { return lastError() }
    var failure: String?
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = lastError()
          return
        }
        offset += written
      }
    }
    if failure == nil, fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { failure = lastError() }
    if close(descriptor) != 0, failure == nil { failure = lastError() }
    return failure
  }

  /// Flushes the folder's entry list, so that the rename itself survives a power cut (best effort: some
  /// file systems cannot flush a folder).
  private static func flushFolder(_ path: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// The permission bits of the file at `url`, or nil when there is no such file.
  private static func permissions(of url: URL) -> mode_t? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// The current `errno` in words.
  private static func lastError() -> String { String(cString: strerror(errno)) }
}
