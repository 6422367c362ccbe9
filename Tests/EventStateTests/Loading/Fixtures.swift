import EventState
import Foundation
import Testing

/// The test fixtures bundled with this target (Tests/EventStateTests/Fixtures).
enum Fixtures {
  /// The Fixtures folder inside the test bundle.
  static var directory: URL {
    get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)) }
  }

  /// The bytes of a fixture file, by its path inside Fixtures.
  static func data(_ path: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(path))
  }
}

/// A fresh temporary folder, removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` (or `data`) to `name` inside the folder.
  func write(_ name: String, _ text: String) throws { try write(name, data: Data(text.utf8)) }

  func write(_ name: String, data: Data) throws {
    try data.write(to: url.appendingPathComponent(name))
  }
}

extension Array where Element == Problem {
  /// The problems as `file:line: message` lines.
  var lines: [String] { map(\.description) }
}
