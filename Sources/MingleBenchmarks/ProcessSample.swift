import Foundation
import Glibc

/// What /proc says about a running process: CPU time used so far and peak resident memory.
struct ProcessSample: Equatable {
  /// User plus system CPU time, in seconds.
  var cpuSeconds: Double
  /// Peak resident set size (`VmHWM`), in kilobytes.
  var peakResidentKilobytes: Int
  /// Resident set size now (`VmRSS`), in kilobytes.
  var residentKilobytes: Int

  /// The sample of process `pid` now; nil when it is gone.
  init?(pid: pid_t) {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let ticks = Self.cpuTicks(stat: stat), let peak = Self.kilobytes("VmHWM", status: status),
      let resident = Self.kilobytes("VmRSS", status: status)
    else { return nil }
    cpuSeconds = Double(ticks) / Double(sysconf(Int32(_SC_CLK_TCK)))
    peakResidentKilobytes = peak
    residentKilobytes = resident
  }

  /// utime + stime (fields 14 and 15, in clock ticks) of a /proc/PID/stat line. The command name
  /// (field 2) may hold spaces and parentheses, so fields are counted from its closing parenthesis.
  static func cpuTicks(stat: String) -> Int? {
    guard let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // fields[0] is field 3 (state), so field n is fields[n - 3].
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
    return user + system
  }

  /// The figure of the field `name` (`VmHWM`, `VmRSS`) of a /proc/PID/status text, in kilobytes.
  static func kilobytes(_ name: String, status: String) -> Int? {
    for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
      return line.dropFirst(name.count + 1).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
    }
    return nil
  }
}
