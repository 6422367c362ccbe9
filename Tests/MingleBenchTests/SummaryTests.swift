import Testing

@testable import mingle_bench

@Suite struct SummaryTests {
  @Test func percentilesAreNearestRank() {
    let summary = Summary((1...100).map(Double.init).reversed())
    #expect(summary.count == 100)
    #expect(summary.min == 1)
    #expect(summary.mean == 50.5)
    #expect(summary.p50 == 50)
    #expect(summary.p95 == 95)
    #expect(summary.p99 == 99)
    #expect(summary.max == 100)
  }

  @Test func aFewSamplesGiveTheSlowestForHighPercentiles() {
    let summary = Summary([3, 1, 2])
    #expect(summary.p50 == 2)
    #expect(summary.p95 == 3)
  }

  @Test func oneSampleIsEveryPercentile() {
    let summary = Summary([7])
    #expect([summary.min, summary.mean, summary.p50, summary.p99, summary.max] == [7, 7, 7, 7, 7])
  }
}
