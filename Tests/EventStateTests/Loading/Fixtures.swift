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

  /// The lines of hostile-strings.txt with their escapes decoded (comments left out).
  static func hostileStrings() throws -> [String] {
    let text = String(decoding: try data("hostile-strings.txt"), as: UTF8.self)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { decodeEscapes(String($0)) }
  }

  /// Decodes `\e`, `\a`, `\b`, `\t`, `\r`, `\n`, `\\`, `\xHH` and `\uHHHH` (as Unicode code points).
  static func decodeEscapes(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = line.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let kind = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch kind {
      case "e": out.append("\u{1B}")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "n": out.append("\n")
      case "x", "u":
        let digits = String(String.UnicodeScalarView(scalars.prefix(kind == "x" ? 2 : 4)))
        scalars = scalars.dropFirst(digits.unicodeScalars.count)
        if let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) { out.append(decoded) }
      default: out.append(kind)
      }
    }
    return String(out)
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
