import Foundation

/// A program running on a pseudo-terminal this test opens itself (not tmux), at a fixed size, with every
/// byte it writes to the terminal recorded. The test types by writing to the master side.
///
/// The child is started with `ChildProcess.spawn` in a new session and
/// opens the slave by name, so the pty becomes its controlling terminal.
final class PtyTerminal {
  /// Everything the program wrote so far.
  private(set) var recorded: [UInt8] = []
  /// The program's process id.
  let pid: pid_t
  private let master: Int32
  private let slave: Int32
  private var exitStatus: Int32?

  /// Starts `arguments` on a new `columns`×`rows` pty with a clean environment (`TERM` = `term`, a UTF-8
  /// locale, PATH and HOME) plus `environment`.
  init(_ arguments: [String], term: String, columns: Int, rows: Int, environment: [String: String] = [:]) throws {
    var master: Int32 = 0
    var slave: Int32 = 0
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Shell.Failure(description: "openpty failed: \(errno)") }
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    self.master = master
    self.slave = slave
    let slavePath = String(cString: ttyname(slave))

    let inherited = ProcessInfo.processInfo.environment
    let base = [
      "TERM": term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
      "HOME": inherited["HOME"] ?? "/tmp",
    ]
    do {
      pid = try ChildProcess.spawn(
        arguments[0], Array(arguments.dropFirst()), environment: base.merging(environment) { _, new in new },
        streams: .terminal(path: slavePath, closing: [master, slave]))
    } catch {
      close(master)
      close(slave)
      throw error
    }
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
    close(slave)
  }

  /// Whether the program is still running.
  var isRunning: Bool { ChildProcess.isRunning(pid, exitStatus: &exitStatus) }

  /// Types `bytes` (written to the master in pieces while the output keeps being read, so neither side
  /// can block the other), then reads until the program has been quiet for `quiet` seconds.
  func type(_ bytes: [UInt8], quiet: Double = 0.3) {
    var offset = 0
    while offset < bytes.count {
      var poller = pollfd(fd: master, events: Int16(POLLIN | POLLOUT), revents: 0)
      guard poll(&poller, 1, 1000) > 0 else { continue }
      if poller.revents & Int16(POLLIN) != 0 { drain() }
      if poller.revents & Int16(POLLOUT) != 0 {
        let written = bytes[offset...].prefix(256).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        if written > 0 { offset += written }
      }
    }
    readUntilQuiet(quiet)
  }

  /// Reads output until none has come for `quiet` seconds (or `limit` seconds pass); returns the number of
  /// bytes read.
  @discardableResult
  func readUntilQuiet(_ quiet: Double = 0.3, limit: Double = 10) -> Int {
    let before = recorded.count
    let start = Date()
    while Date().timeIntervalSince(start) < limit {
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, Int32(quiet * 1000)) > 0, drain() > 0 else { break }
    }
    return recorded.count - before
  }

  /// Reads output until `text` has been written (as it appears in the bytes) or `limit` seconds pass.
  @discardableResult
  func readUntil(contains text: String, limit: Double = 10) -> Bool {
    let needle = Array(text.utf8)
    let start = Date()
    while Date().timeIntervalSince(start) < limit {
      if recorded.count >= needle.count, recorded.indices.dropLast(needle.count - 1).contains(where: { recorded[$0..<($0 + needle.count)].elementsEqual(needle) }) {
        return true
      }
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 100) > 0 { drain() }
    }
    return false
  }

  /// Sends `signal`, reads everything the program writes until it exits (at most `limit` seconds) and
  /// returns its exit status (128 + signal when killed), or nil when it is still running.
  func stop(with signal: Int32 = SIGTERM, limit: Double = 10) -> Int32? {
    kill(pid, signal)
    let start = Date()
    while isRunning, Date().timeIntervalSince(start) < limit { readUntilQuiet(0.1, limit: 1) }
    readUntilQuiet(0.1, limit: 1)
    guard let status = exitStatus else { return nil }
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// Reads what is available now; returns the number of bytes.
  @discardableResult
  private func drain() -> Int {
    var buffer = [UInt8](repeating: 0, count: 65536)
    var total = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return total }
      recorded += buffer[0..<count]
      total += count
    }
  }
}
