import Foundation
import Testing

@testable import EventState

/// A fresh folder under the temporary directory, removed when the value goes away.
final class ScratchFolder {
  let url: URL

  init() {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Where an event folder keeps its live state.
  var stateURL: URL { url.appendingPathComponent("state.sqlite") }
}

/// What the sqlite3 command-line shell printed and how it exited.
struct ShellResult {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs `sql` against `url` in a separate `sqlite3` process (waiting up to 5 s for locks).
@discardableResult
func sqlite3(_ url: URL, _ sql: String) throws -> ShellResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  process.arguments = ["-cmd", ".timeout 5000", url.path, sql]
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let printed = output.fileHandleForReading.readDataToEndOfFile()
  let complained = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ShellResult(
    status: process.terminationStatus,
    output: String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
    errors: String(decoding: complained, as: UTF8.self))
}

/// Runs `sql` in a separate `sqlite3` process, expecting success, and returns what it printed.
@discardableResult
func sqlite3Succeeding(_ url: URL, _ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
  let result = try sqlite3(url, sql)
  #expect(result.status == 0, "sqlite3 failed: \(result.errors)", sourceLocation: sourceLocation)
  return result.output
}

/// A moment far from the test run's clock, so nothing depends on when the tests run.
let storeT0 = Date(timeIntervalSince1970: 1_800_000_000)

/// A card pinned `offset` seconds after `storeT0`.
func storeCard(_ id: String, _ name: String, topic: String = "investors", at offset: Double = 0) -> PinnedCard {
  PinnedCard(
    id: id, topicID: topic, name: name, title: "Partner", company: "Example Ventures",
    contact: "\(id)@example.com", showCard: true, pinnedAt: storeT0.addingTimeInterval(offset))
}

/// A queued open-mic entry that asks for the next free position.
func storeEntry(_ id: String, _ name: String, position: Int = -1, minutes: Int = 3) -> OpenMicEntry {
  OpenMicEntry(
    id: id, name: name, pitch: "A one-line pitch", minutes: minutes, position: position, joinedAt: storeT0)
}
