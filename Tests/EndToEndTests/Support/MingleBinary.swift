import Foundation

/// The built `mingle` executable, found next to the test bundle (SwiftPM builds both into the same
/// folder), and temporary folders for the tests.
enum MingleBinary {
  /// Path of the executable; `swift build` (which `swift test` runs) puts it there.
  static var path: String {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      let candidate = url.appendingPathComponent("mingle")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate.path
      }
      url.deleteLastPathComponent()
    }
    return "mingle"
  }

  /// Runs `mingle` with `arguments` to completion (not in a terminal).
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Shell.Result {
    try Shell.run(path, arguments, environment: environment, check: false)
  }

  /// A new empty temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
