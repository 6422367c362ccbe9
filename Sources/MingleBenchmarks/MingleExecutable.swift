import Foundation

/// Finds the `mingle` executable the benchmark drives: the one SwiftPM built next to this one.
enum MingleExecutable {
  /// `mingle` in the folder of the running executable, if it is there.
  static var sibling: String? {
    guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let candidate = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("mingle").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
  }
}
