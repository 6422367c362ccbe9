import Foundation

/// What an `EventFolderWatcher` found after files of the event folder changed.
public enum EventFolderChange: Sendable {
  /// The folder was loaded again and has no errors: use it (and reload the theme, which may have
  /// changed too).
  case reloaded(EventFolder)
  /// The folder was loaded again and has errors: keep the last good state. The new state's problems,
  /// every one as `file:line: message`, in file order.
  case rejected([Problem])
}

/// Notices edits to an event folder while kiosks run, cheaply enough to ask on every tick.
///
/// `check()` only looks at file metadata — inode, size, modification and status-change time of
/// event.toml, attendees.csv, tips.md and every `themes/*.toml` (a theme added or removed changes the
/// listing) — and loads the folder with `EventFolder.load` only when that changed. Editors' hidden swap
/// and backup files are not watched. An editor that saves by writing a new file and
/// renaming it changes the inode; one that writes in place changes the time and size.
///
/// Half-written files: a change is loaded only once the metadata has stayed the same across two checks
/// at least `settleTime` (0.2 s) apart, so a file that is still being written (a large roster copied in,
/// an editor flushing in parts) is not loaded half-way. A kiosk that checks every 250 ms therefore loads
/// an edit within about half a second. Should a file still change during or after loading, its new
/// metadata differ from what was loaded and it is loaded again once it settles.
///
/// Create the watcher just before loading the folder for the first time: it takes the metadata it starts
/// from when it is created, and reports only changes after that.
public final class EventFolderWatcher {
  /// The folder being watched.
  public let directory: URL
  /// How long the files' metadata must stay the same before a change is loaded.
  public let settleTime: TimeInterval
  private let now: () -> Date
  /// The metadata last loaded (or seen when the watcher was created).
  private var loaded: [String: FileStamp]
  /// Metadata that differ from `loaded`, and when they were first seen.
  private var pending: (stamps: [String: FileStamp], since: Date)?

  /// Watches `directory`; `now` tells the time (a test passes its own clock).
  public init(directory: URL, settleTime: TimeInterval = 0.2, now: @escaping () -> Date = Date.init) {
    self.directory = directory
    self.settleTime = settleTime
    self.now = now
    loaded = Self.stamps(of: directory)
  }

  /// Whether a change was seen and is waiting to settle: worth checking again after `settleTime`
  /// rather than at the caller's usual pace.
  public var isSettling: Bool { pending != nil }

  /// Nil while nothing changed (or a change has not settled yet); otherwise the folder loaded again,
  /// as `.reloaded` when it has no errors and `.rejected` with its problems when it has.
  public func check() -> EventFolderChange? {
    let current = Self.stamps(of: directory)
    guard current != loaded else {
      pending = nil
      return nil
    }
    let time = now()
    guard let pending, pending.stamps == current, time.timeIntervalSince(pending.since) >= settleTime else {
      if self.pending?.stamps != current { self.pending = (current, time) }
      return nil
    }
    self.pending = nil
    loaded = current
    let folder = EventFolder.load(from: directory)
    return folder.hasErrors ? .rejected(folder.problems) : .reloaded(folder)
  }

  // MARK: - Metadata

  /// What `stat` says about one file; equal stamps mean an unchanged file.
  private struct FileStamp: Equatable {
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var changedSeconds: Int
    var changedNanoseconds: Int

    /// The stamp of the file `info` describes.
    init(_ info: stat) {
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      #if canImport(Darwin)
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        (changedSeconds, changedNanoseconds) = (Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec))
      #else
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        (changedSeconds, changedNanoseconds) = (Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec))
      #endif
    }
  }

  /// The stamps of the watched files that exist, by path relative to the folder.
  private static func stamps(of directory: URL) -> [String: FileStamp] {
    var names = [EventFolder.FileName.config, EventFolder.FileName.roster, EventFolder.FileName.tips]
    let themes = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("themes").path))
    names += (themes ?? []).filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { "themes/\($0)" }
    var stamps: [String: FileStamp] = [:]
    for name in names {
      var info = stat()
      guard stat(directory.appendingPathComponent(name).path, &info) == 0 else { continue }
      stamps[name] = FileStamp(info)
    }
    return stamps
  }
}
