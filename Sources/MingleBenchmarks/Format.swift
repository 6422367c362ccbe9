import Foundation

/// How figures are written in the tables.
enum Format {
  /// `value` with up to two decimals and no trailing zeros: 300, 0.5, 1.25.
  static func number(_ value: Double) -> String {
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// Milliseconds with the precision that matters at their size: 0.042, 1.73, 12.4, 312.
  static func milliseconds(_ value: Double) -> String {
    switch value {
    case ..<1: String(format: "%.3f ms", value)
    case ..<10: String(format: "%.2f ms", value)
    case ..<100: String(format: "%.1f ms", value)
    default: String(format: "%.0f ms", value)
    }
  }

  /// "mean 1.20 ms · p50 1.10 ms · p99 2.31 ms" for a summary of milliseconds.
  static func timings(_ summary: Summary, percentiles: [KeyPath<Summary, Double>] = [\.p50, \.p99]) -> String {
    let names: [KeyPath<Summary, Double>: String] = [\.p50: "p50", \.p95: "p95", \.p99: "p99", \.max: "max"]
    return (["mean \(milliseconds(summary.mean))"] + percentiles.map { "\(names[$0] ?? "") \(milliseconds(summary[keyPath: $0]))" })
      .joined(separator: " · ")
  }

  /// Bytes as a whole number with thousands separators: 28,417.
  static func bytes(_ value: Int) -> String {
    let digits = String(value)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return grouped + " bytes"
  }
}
