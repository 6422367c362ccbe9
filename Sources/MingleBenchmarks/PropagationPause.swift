/// How long the propagation benchmark waits after a commit before the next one. Each announcement
/// expires when the next is committed, so the pause is also the longest delay a commit can show: it
/// is half as long again as the slowest delay seen so far (at least a second), plus a random part
/// of up to two ticks of the kiosk's loop (250 ms each), so that commits do not keep one phase of it.
enum PropagationPause {
  /// The shortest pause, in seconds.
  static let least = 1.0
  /// The longest random part, in seconds.
  static let spread = 0.5

  /// Seconds to wait, given the slowest delay so far (`slowestSoFar` seconds) and `random` in 0..<1.
  static func seconds(slowestSoFar: Double, random: Double) -> Double {
    max(least, 1.5 * slowestSoFar) + spread * random
  }
}
