import Foundation
import Glibc

/// A program running on a pseudo-terminal of its own, of a fixed size, with every byte it writes to
/// the terminal counted (and timed) as it arrives on the master side.
///
/// The program is started with `posix_spawn` in a new session, with the terminal's slave side as its
/// standard input, output and error (and so as its controlling terminal). Nothing drains the master
/// side on its own: call `pump(_:until:stop:)` while the program runs, or it blocks once the
/// terminal's buffer is full.
final class TerminalSession {
  /// The program's process id.
  let pid: pid_t
  /// The master side: read it for the program's output, write keys into it.
  let master: Int32
  /// Every read from the master side: when it returned (monotonic nanoseconds) and how many bytes.
  private(set) var chunks: [OutputChunk] = []
  /// Whether the program has been waited for.
  private var reaped = false

  /// Opens a pseudo-terminal of `columns`×`rows` and starts `executable` with `arguments` on it, with
  /// exactly `environment` as its environment.
  init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, nil) == 0 else {
      throw BenchError(description: "openpty failed: \(String(cString: strerror(errno)))")
    }
    defer { close(slave) }
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      close(master)
      throw BenchError(description: "TIOCSWINSZ failed: \(String(cString: strerror(errno)))")
    }
    guard let name = ttyname(slave) else {
      close(master)
      throw BenchError(description: "the pseudo-terminal has no name: \(String(cString: strerror(errno)))")
    }
    let slavePath = String(cString: name)
    self.master = master
    do {
      pid = try Self.spawn(executable, arguments, environment, terminal: slavePath, closing: master)
    } catch {
      close(master)
      throw error
    }
  }

  deinit {
    stop()
    close(master)
  }

  /// POSIX_SPAWN_SETSID of glibc's spawn.h (since glibc 2.26), a GNU extension Swift does not import.
  static let newSession: Int32 = 0x80

  /// Starts the program in a new session with the terminal at `terminal` as fds 0, 1 and 2.
  private static func spawn(
    _ executable: String, _ arguments: [String], _ environment: [String: String], terminal: String, closing master: Int32
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(Self.newSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw BenchError(description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// Writes `bytes` to the program's input, as if typed.
  func send(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { _ = write(master, $0.baseAddress, $0.count) }
  }

  /// Bytes received so far.
  var byteCount: Int { chunks.reduce(0) { $0 + $1.bytes } }

  /// The chunks that arrived at or after `time`.
  func chunks(since time: UInt64) -> ArraySlice<OutputChunk> {
    let first = chunks.lastIndex { $0.time < time }.map { $0 + 1 } ?? 0
    return chunks[first...]
  }

  /// Ends the program with SIGTERM (mingle restores the terminal on it), SIGKILL after two seconds,
  /// and waits for it. Safe to call more than once.
  func stop() {
    guard !reaped else { return }
    reaped = true
    kill(pid, SIGTERM)
    let deadline = Monotonic.now() + 2_000 * Monotonic.millisecond
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      if Monotonic.now() > deadline {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return
      }
      drainOnce(timeoutMilliseconds: 10)
    }
  }

  /// Reads whatever `sessions` write until the monotonic time `deadline`, or until `stop` returns
  /// true (checked after every read and at least every 5 ms).
  static func pump(_ sessions: [TerminalSession], until deadline: UInt64, stop: () -> Bool = { false }) {
    var descriptors = sessions.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while !stop() {
      let now = Monotonic.now()
      guard now < deadline else { return }
      let timeout = Int32(min((deadline - now) / Monotonic.millisecond + 1, 5))
      guard poll(&descriptors, nfds_t(descriptors.count), timeout) > 0 else { continue }
      for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
        if !sessions[index].read(into: &buffer) { descriptors[index].fd = -1 }
      }
    }
  }

  /// One read of what is waiting, if anything arrives within `timeoutMilliseconds`.
  private func drainOnce(timeoutMilliseconds: Int32) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    if poll(&descriptor, 1, timeoutMilliseconds) > 0 { _ = read(into: &buffer) }
  }

  /// Reads once from the master side and records the chunk; false once the program has closed the
  /// terminal (the read fails with EIO).
  private func read(into buffer: inout [UInt8]) -> Bool {
    let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    chunks.append(OutputChunk(time: Monotonic.now(), bytes: count))
    return true
  }
}
