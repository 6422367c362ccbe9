/// Percentiles of the propagation delays.
public enum PropagationPercentile {
  /// The nearest-rank `percent`-th percentile of `samples`: the smallest sample that at least
  /// `percent` % of them do not exceed; nil when there are none.
  public static func of(_ percent: Double, _ samples: [Double]) -> Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let rank = Int((percent * Double(sorted.count) / 100).rounded(.up))
    return sorted[min(sorted.count, max(1, rank)) - 1]
  }
}
