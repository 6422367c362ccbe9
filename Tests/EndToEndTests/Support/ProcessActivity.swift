import Foundation

/// How busy a running process is, read from Linux's /proc: lets a test wait until a program has
/// worked through everything it was sent (its CPU time stops growing).
enum ProcessActivity {
  /// CPU time `pid` has used so far (user and system), in clock ticks; nil when it is gone.
  static func cpuTicks(of pid: Int32) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return nil }
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    let fields = stat[stat.index(after: end)...].split(separator: " ")
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
    return user + system
  }

  /// Polls until `pid` used at most `idleTicks` of CPU over `window` seconds, or `timeout` seconds pass;
  /// returns the seconds it took, or nil on timeout or when the process is gone.
  @discardableResult
  static func waitUntilIdle(_ pid: Int32, window: Double = 1, idleTicks: Int = 2, timeout: Double = 120) -> Double? {
    let start = Date()
    guard var before = cpuTicks(of: pid) else { return nil }
    while Date().timeIntervalSince(start) < timeout {
      usleep(useconds_t(window * 1_000_000))
      guard let now = cpuTicks(of: pid) else { return nil }
      if now - before <= idleTicks { return Date().timeIntervalSince(start) }
      before = now
    }
    return nil
  }
}
