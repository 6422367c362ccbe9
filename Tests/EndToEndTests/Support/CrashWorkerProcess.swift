import Foundation

/// One run of `mingle-crash-worker` (built next to `mingle`), from its start until it is killed or
/// ends on its own. Its standard output and error go to files of its own, named after its tag.
///
/// Started with `ChildProcess.spawn` and reaped with `waitpid`, like `Shell.run`.
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
    pid = try ChildProcess.spawn(
      Self.executable, [state.path, tag, "\(seed)"], environment: ProcessInfo.processInfo.environment,
      streams: .files(output: output, error: errors))
  }

  /// Kills the run with SIGKILL and waits for it; returns how it ended (`.killed`, unless it had
  /// already ended on its own).
  func killAndReap() -> Ending {
    kill(pid, SIGKILL)
    return Ending(waitStatus: ChildProcess.wait(pid))
  }

  /// How the run ended, without waiting; nil while it runs.
  func ending() -> Ending? {
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
    return Ending(waitStatus: status)
  }
}
