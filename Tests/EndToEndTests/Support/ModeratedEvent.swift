import EventState
import Foundation

/// A fresh event folder made from the bundled demo with the demo's moderator PIN, and mingle's
/// moderator commands run on it.
struct ModeratedEvent {
  let folder: URL

  /// A new folder with the demo event and its PIN (`DemoEvent.pin`).
  init() throws {
    folder = try MingleBinary.temporaryFolder().appendingPathComponent("event")
    try DemoEvent.write(to: folder, pinHash: DemoEvent.pinHash)
  }

  /// The event in `folder`, as it is.
  init(folder: URL) {
    self.folder = folder
  }

  /// The folder's path, as the commands take it.
  var path: String { folder.path }

  /// The folder's live store (what the commands change).
  func store() throws -> EventStore { try EventStore(url: folder.appendingPathComponent("state.sqlite")) }

  /// Runs `mingle` with `arguments`, giving `pin` in `MINGLE_PIN`.
  func mingle(_ arguments: String..., pin: String = DemoEvent.pin) throws -> Shell.Result {
    try MingleBinary.run(arguments, environment: ["MINGLE_PIN": pin])
  }

  /// Runs `mingle set-pin` on the folder with `input` on its standard input.
  func setPin(input: String) throws -> Shell.Result {
    let command = "printf '%s' \(Shell.quote(input)) | \(Shell.quote(MingleBinary.path)) set-pin \(Shell.quote(path))"
    return try Shell.run("/bin/sh", ["-c", command], check: false)
  }

  /// The entries of the audit log with `action`.
  func audited(_ action: String) throws -> [AuditEntry] {
    try store().auditLog(limit: nil).filter { $0.action == action }
  }
}
