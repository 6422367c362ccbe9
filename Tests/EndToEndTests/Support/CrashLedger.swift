/// What the crash suite's workers acknowledged, read from their output: only complete lines count,
/// since a worker killed in the middle of writing a line had not acknowledged that action yet.
///
/// Every action has the id `TAG.N`: the tag of the worker run and the action's number in that run.
struct CrashLedger {
  /// One acknowledged `next`.
  struct Advance: Equatable {
    /// The id of the action (the actor of its audit entry).
    var id: String
    /// Who finished and who went live (an entry id, or `nobody`).
    var finished: String
    var live: String
  }

  /// Ids of acknowledged pins (each the id of the card).
  var pins: [String] = []
  /// Ids of acknowledged enqueues (each the id of the queue entry).
  var enqueues: [String] = []
  /// Acknowledged `next`s that moved the queue.
  var advances: [Advance] = []
  /// Ids of acknowledged `next`s that changed nothing (someone else advanced first, or the queue
  /// was empty).
  var unchangedNexts: [String] = []
  /// The highest acknowledged action number of each worker run (runs without any are absent).
  var lastAcknowledged: [String: Int] = [:]
  /// Complete lines that are not an acknowledgement, or out of order.
  var malformed: [String] = []

  /// Every acknowledged action.
  var count: Int { pins.count + enqueues.count + advances.count + unchangedNexts.count }

  /// Adds the complete lines of `output`, written by the worker run `tag`.
  mutating func read(_ output: String, tag: String) {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeLast()  // What follows the last newline: empty, or a line cut short by the kill.
    for line in lines {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count >= 3, fields[0] == "ACK", let (lineTag, number) = Self.split(fields[2]), lineTag == tag,
        number == lastAcknowledged[tag, default: 0] + 1
      else {
        malformed.append("\(tag): \(line)")
        continue
      }
      switch (fields[1], fields.count) {
      case ("pin", 3): pins.append(fields[2])
      case ("enqueue", 3): enqueues.append(fields[2])
      case ("next", 4) where fields[3] == "stale" || fields[3] == "empty": unchangedNexts.append(fields[2])
      case ("next", 4):
        let sides = fields[3].split(separator: "->", omittingEmptySubsequences: false).map(String.init)
        guard sides.count == 2 else {
          malformed.append("\(tag): \(line)")
          continue
        }
        advances.append(Advance(id: fields[2], finished: sides[0], live: sides[1]))
      default:
        malformed.append("\(tag): \(line)")
        continue
      }
      lastAcknowledged[tag] = number
    }
  }

  /// The worker tag and action number of an action id `TAG.N`; nil when `id` is not of that form.
  static func split(_ id: String) -> (tag: String, number: Int)? {
    guard let dot = id.lastIndex(of: "."), let number = Int(id[id.index(after: dot)...]), number > 0 else { return nil }
    return (String(id[..<dot]), number)
  }
}
