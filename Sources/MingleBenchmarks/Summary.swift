/// Mean and percentiles of a set of samples (milliseconds, bytes, …).
struct Summary: Equatable {
  /// How many samples there were.
  let count: Int
  let min: Double
  let mean: Double
  let p50: Double
  let p95: Double
  let p99: Double
  let max: Double

  /// The summary of `samples`, which must not be empty.
  init(_ samples: [Double]) {
    precondition(!samples.isEmpty, "a summary needs at least one sample")
    let sorted = samples.sorted()
    count = sorted.count
    min = sorted[0]
    mean = sorted.reduce(0, +) / Double(sorted.count)
    p50 = Self.percentile(50, ofSorted: sorted)
    p95 = Self.percentile(95, ofSorted: sorted)
    p99 = Self.percentile(99, ofSorted: sorted)
    max = sorted[sorted.count - 1]
  }

  /// The nearest-rank `percent`-th percentile of ascending, non-empty `sorted`: the smallest sample
  /// that at least `percent` % of the samples do not exceed.
  static func percentile(_ percent: Double, ofSorted sorted: [Double]) -> Double {
    let rank = Int((percent * Double(sorted.count) / 100).rounded(.up))
    return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
  }
}
