import Foundation

/// One run of `mingle-crash-worker` (built next to `mingle`), from its start until it is killed or
/// ends on its own. Its standard output and error go to files of its own, named after its tag.
///
/// Started with `posix_spawn` and reaped with `waitpid`, like `Shell.run`, with every signal unblocked
/// and at its default in the child.
struct CrashWorkerProcess {
  /// How a run ended.
  enum Ending: Equatable, CustomStringConvertible {
    /// Killed by SIGKILL (the suite's doing).
    case killed
    /// Exited with this status.
    case exited(Int32)
    /// Killed by another signal (a crash).
    case signalled(Int32)

    /// The ending as `waitpid` reports it in `status`.
    init(waitStatus status: Int32) {
      let signal = status & 0x7F
      if signal == 0 {
        self = .exited((status >> 8) & 0xFF)
      } else {
        self = signal == SIGKILL ? .killed : .signalled(signal)
      }
    }

    var description: String {
      switch self {
      case .killed: "killed by SIGKILL"
      case .exited(let status): "exited with status \(status)"
      case .signalled(let signal): "killed by signal \(signal)"
      }
    }
  }

  /// Path of the worker executable: next to `mingle`, where `swift build --build-tests` puts both.
  static var executable: String {
    URL(fileURLWithPath: MingleBinary.path).deletingLastPathComponent().appendingPathComponent("mingle-crash-worker").path
  }

  /// The prefix of every id this run makes.
  let tag: String
  let pid: pid_t
  /// The file its standard output goes to (its acknowledgements).
  let output: URL
  /// The file its standard error goes to.
  let errors: URL

  /// Starts a worker on the store at `state`, writing its output files into `folder`.
  init(state: URL, tag: String, seed: UInt64, folder: URL) throws {
    self.tag = tag
    output = folder.appendingPathComponent("\(tag).out")
    errors = folder.appendingPathComponent("\(tag).err")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

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

    let executable = Self.executable
    let arguments: [String] = [executable, state.path, tag, "\(seed)"]
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw Shell.Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
    }
    self.pid = pid
  }

  /// Kills the run with SIGKILL and waits for it; returns how it ended (`.killed`, unless it had
  /// already ended on its own).
  func killAndReap() -> Ending {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return Ending(waitStatus: status)
  }

  /// How the run ended, without waiting; nil while it runs.
  func ending() -> Ending? {
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
    return Ending(waitStatus: status)
  }
}
