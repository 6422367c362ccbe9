import Foundation
import Glibc

/// The machine the figures were taken on, in one paragraph: cores, CPU, memory, OS, Swift, date and
/// load (other work on the machine skews every figure).
enum MachineDescription {
  /// The paragraph, for the top of the results.
  static func text(now: Date = Date()) -> String {
    let cpu = field("model name", in: "/proc/cpuinfo") ?? "unknown CPU"
    let memory = field("MemTotal", in: "/proc/meminfo").flatMap { Int($0.split(separator: " ").first ?? "") }
      .map { String(format: "%.1f GiB", Double($0) / 1_048_576) } ?? "unknown memory"
    let os = osName ?? "unknown OS"
    var system = utsname()
    uname(&system)
    let kernel = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let date = ISO8601DateFormatter.string(from: now, timeZone: .current, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime])
    return """
      Machine: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, \(cpu), \(memory), \(os) (Linux \(kernel)), \(swiftVersion ?? "Swift unknown"). \
      Date: \(date). Load average at the start: \(loadAverage).
      """
  }

  /// The 1, 5 and 15-minute load averages, as /proc/loadavg gives them.
  static var loadAverage: String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// The value after "NAME:" on the first line of `path` that starts with `name`.
  static func field(_ name: String, in path: String) -> String? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      guard let colon = line.firstIndex(of: ":") else { continue }
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  /// PRETTY_NAME from /etc/os-release.
  static var osName: String? {
    guard let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) else { return nil }
    let line = text.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
    return line.map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
  }

  /// The first line of `swift --version` ("Swift version 6.3.1 (…)"), when swift is on the PATH.
  static var swiftVersion: String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "--version"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
  }
}
