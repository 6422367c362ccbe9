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
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }.map { "\($0.key)=\($0.value)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
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
