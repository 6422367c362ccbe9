/// A figure's goal from the issue, e.g. "< 300 ms", and the test that tells whether a value meets it.
struct Target: Sendable {
  /// As printed in the table.
  let text: String
  let isMet: @Sendable (Double) -> Bool

  /// Met by values below `limit`.
  static func below(_ limit: Double, _ unit: String) -> Target {
    Target(text: "< \(Format.number(limit)) \(unit)") { $0 < limit }
  }

  /// Met by values up to `limit`.
  static func atMost(_ limit: Double, _ unit: String) -> Target {
    Target(text: "≤ \(Format.number(limit)) \(unit)") { $0 <= limit }
  }
}

/// One line of a result table: what was measured, the figure, and the target it is held against.
struct ResultRow {
  var measure: String
  var result: String
  var target: String = ""
  /// Nil when the figure has no target.
  var met: Bool? = nil

  /// A row whose `value` (printed as `result`) is held against `target`.
  init(_ measure: String, _ result: String, value: Double, target: Target) {
    self.measure = measure
    self.result = result
    self.target = target.text
    met = target.isMet(value)
  }

  /// A row without a target: context for the figures that have one.
  init(_ measure: String, _ result: String) {
    self.measure = measure
    self.result = result
  }
}

/// A titled group of result rows, printed as a Markdown table.
struct ResultTable {
  var title: String
  var rows: [ResultRow]

  /// The table as Markdown: a heading, then measure | result | target | verdict.
  var markdown: String {
    let lines = rows.map { row in
      let verdict = row.met.map { $0 ? "met" : "**missed**" } ?? ""
      return "| \(row.measure) | \(row.result) | \(row.target) | \(verdict) |"
    }
    return (["### \(title)", "", "| measure | result | target | |", "| --- | --- | --- | --- |"] + lines).joined(separator: "\n")
  }
}
