import Foundation

/// Starts `mingle run` on the benchmark's event folder in a pseudo-terminal of the benchmark's size,
/// as a venue TV would run it: a UTF-8 locale and a terminal type of an xterm or the Linux console.
struct KioskProcess {
  /// The mingle executable.
  let executable: String
  let fixture: BenchFixture
  let columns: Int
  let rows: Int

  /// How long output must pause before a frame counts as completely written.
  static let frameQuiet = 100 * Monotonic.millisecond
  /// More than the few bytes ncurses sends when it sets up the terminal, less than any frame.
  static let minimumFrameBytes = 200
  /// How long a kiosk may take to show its first frame before the benchmark gives up.
  static let startTimeout = 30_000 * Monotonic.millisecond

  /// The terminal type of a venue TV driven by a mini PC's terminal emulator or over ssh.
  static let xterm = "xterm-256color"
  /// The terminal type of the Linux console (the appliance of docs/DEPLOY.md): 8 colours.
  static let linuxConsole = "linux"

  /// The environment of the kiosk: this one's PATH and HOME, the terminal type `term`, a UTF-8 locale
  /// and a state folder of its own.
  func environment(term: String) -> [String: String] {
    let current = ProcessInfo.processInfo.environment
    var environment = ["TERM": term, "LANG": "C.UTF-8", "XDG_STATE_HOME": fixture.stateHome.path]
    for name in ["PATH", "HOME"] { environment[name] = current[name] }
    return environment
  }

  /// Starts `mingle run FOLDER` with `options` on a terminal of type `term` and waits for its first
  /// frame: the session, and the burst of output that ended with the first frame, timed from the start.
  func start(_ options: [String] = [], term: String = xterm) throws -> (session: TerminalSession, firstFrame: OutputBurst) {
    let arguments = ["run", fixture.folder.path] + options
    let started = Monotonic.now()
    let session = try TerminalSession(
      executable: executable, arguments: arguments, environment: environment(term: term), columns: columns, rows: rows)
    guard let frame = session.awaitQuiet(since: started, minimumBytes: Self.minimumFrameBytes, quiet: Self.frameQuiet, timeout: Self.startTimeout)
    else {
      session.stop()
      throw BenchError(description: "mingle \(arguments.joined(separator: " ")) showed no frame within 30 s")
    }
    return (session, OutputBurst(start: started, end: frame.end, bytes: frame.bytes))
  }
}

extension TerminalSession {
  /// Reads output until at least `minimumBytes` arrived since `since` and then nothing for `quiet`
  /// nanoseconds: everything since `since` as one burst (from its first to its last chunk), or nil
  /// when that did not happen within `timeout`.
  func awaitQuiet(since: UInt64, minimumBytes: Int, quiet: UInt64, timeout: UInt64) -> OutputBurst? {
    func received() -> OutputBurst? {
      let recent = chunks(since: since)
      guard let first = recent.first, let last = recent.last else { return nil }
      return OutputBurst(start: first.time, end: last.time, bytes: recent.reduce(0) { $0 + $1.bytes })
    }
    TerminalSession.pump([self], until: since + timeout) {
      guard let burst = received() else { return false }
      return burst.bytes >= minimumBytes && Monotonic.now() - burst.end >= quiet
    }
    guard let burst = received(), burst.bytes >= minimumBytes, Monotonic.now() - burst.end >= quiet else { return nil }
    return burst
  }
}
