import Foundation

/// Starts the programs the end-to-end tests run, with `posix_spawn`: Foundation's `Process` hangs
/// under Swift Testing, and the test runner blocks signals that a child inherits (a kiosk that cannot
/// receive SIGTERM cannot be tested). Every signal is unblocked and at its default in the child.
enum ChildProcess {
  /// Where a child's standard streams go.
  enum Streams {
    /// Standard input from /dev/null, output and error to these files (created or emptied).
    case files(output: URL, error: URL)
    /// All three on the terminal at `path` (the slave of a pty), in a new session so that it becomes
    /// the child's controlling terminal; `closing` are descriptors the child must not inherit.
    case terminal(path: String, closing: [Int32])
  }

  /// Starts `executable` with `arguments` (argv[1…]) and exactly `environment`; returns its pid.
  static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], streams: Streams) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    switch streams {
    case .files(let output, let error):
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_addopen(&actions, 2, error.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    case .terminal(let path, let closing):
      for descriptor in closing { posix_spawn_file_actions_addclose(&actions, descriptor) }
      posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
      flags |= newSession
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw Shell.Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))") }
    return pid
  }

  /// POSIX_SPAWN_SETSID (glibc's 0x80, not exported to Swift): the child starts a new session.
  static let newSession: Int32 = 0x80

  /// Waits for `pid` to end and returns `waitpid`'s status.
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status
  }

  /// Whether `pid` is still running; once it has ended, `exitStatus` keeps `waitpid`'s status (a child
  /// can be reaped only once).
  static func isRunning(_ pid: pid_t, exitStatus: inout Int32?) -> Bool {
    guard exitStatus == nil else { return false }
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return true }
    exitStatus = status
    return false
  }
}
