import Foundation
import PropagationProbe

/// `mingle run` on a pseudo-terminal of its own whose output is read as it arrives, every read stamped
/// with the monotonic clock, so that the moment a text reaches the terminal can be timed. Several
/// kiosks are read at once by `pump(_:until:)`; `watch(for:)` starts looking for a text in what
/// arrives from then on.
final class PropagationKiosk {
  /// The kiosk's process id.
  let pid: pid_t
  /// Its terminal size, for messages.
  let size: String
  private let master: Int32
  private var watches: [String: PropagationWatch<ContinuousClock.Instant>] = [:]
  private var exitStatus: Int32?

  /// Starts `mingle run folder` on a new `columns`×`rows` pty (xterm-256color, a UTF-8 locale, PATH and
  /// HOME) with `environment` added.
  init(folder: URL, columns: Int, rows: Int, environment: [String: String]) throws {
    var master: Int32 = 0
    var slave: Int32 = 0
    var window = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &window) == 0 else { throw Shell.Failure(description: "openpty failed: \(errno)") }
    defer { close(slave) }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    let inherited = ProcessInfo.processInfo.environment
    let base = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
      "HOME": inherited["HOME"] ?? "/tmp",
    ]
    do {
      pid = try ChildProcess.spawn(
        MingleBinary.path, ["run", folder.path], environment: base.merging(environment) { _, new in new },
        streams: .terminal(path: String(cString: ttyname(slave)), closing: [master, slave]))
    } catch {
      close(master)
      throw error
    }
    self.master = master
    size = "\(columns)x\(rows)"
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      _ = ChildProcess.wait(pid)
    }
    close(master)
  }

  /// Whether the kiosk is still running.
  var isRunning: Bool { ChildProcess.isRunning(pid, exitStatus: &exitStatus) }

  /// Looks for `text` in everything the kiosk writes from now on.
  func watch(for text: String) {
    watches[text] = PropagationWatch(text)
  }

  /// When a read completed `text` after `watch(for:)`; nil while it has not come.
  func seen(_ text: String) -> ContinuousClock.Instant? {
    watches[text]?.seenAt
  }

  /// Reads what `kiosks` write until `deadline`, or until `done` (asked after every read) is true.
  static func pump(_ kiosks: [PropagationKiosk], until deadline: ContinuousClock.Instant, done: () -> Bool = { false }) {
    var descriptors = kiosks.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while !done() {
      let left = ContinuousClock.now.duration(to: deadline)
      guard left > .zero else { return }
      let (seconds, attoseconds) = left.components
      let timeout = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, 1000))
      guard poll(&descriptors, nfds_t(descriptors.count), timeout) > 0 else { continue }
      for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
        if !kiosks[index].read(into: &buffer) { descriptors[index].fd = -1 }
      }
    }
  }

  /// Reads once and feeds the bytes to every watch; false once the kiosk closed the terminal.
  private func read(into buffer: inout [UInt8]) -> Bool {
    let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    let time = ContinuousClock.now
    guard count > 0 else { return count < 0 && (errno == EAGAIN || errno == EINTR) }
    for text in watches.keys where watches[text]?.seenAt == nil {
      watches[text]?.feed(buffer[0..<count], at: time)
    }
    return true
  }
}
