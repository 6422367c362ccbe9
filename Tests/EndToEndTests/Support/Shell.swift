import Foundation

/// Runs programs for the end-to-end tests.
///
/// Uses `posix_spawn` and `waitpid` rather than Foundation's `Process`: under the test runner the
/// threads block SIGCHLD, `Process` then never notices that a child exited, and children would inherit
/// the blocked signals (a kiosk that cannot receive SIGTERM). Output goes to temporary files, not pipes,
/// so a daemon left behind (the tmux server) cannot hold a pipe open and hang the test.
enum Shell {
  /// Output and exit status of a finished program.
  struct Result {
    var output: String
    var error: String
    var status: Int32
  }

  /// A program that could not be run, or exited with failure when success was required.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `executable` with `arguments` (and `environment` added to ours) to completion.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], check: Bool = true) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
    let outURL = folder.appendingPathComponent("mingle-e2e-out-\(UUID().uuidString)")
    let errURL = folder.appendingPathComponent("mingle-e2e-err-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let pid = try ChildProcess.spawn(executable, arguments, environment: env, streams: .files(output: outURL, error: errURL))
    let status = ChildProcess.wait(pid)
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let result = Result(
      output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
      error: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
      status: exitStatus)
    if check, result.status != 0 {
      throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited \(result.status): \(result.error)")
    }
    return result
  }

  /// `text` quoted for a POSIX shell.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
