import EventState
import PropagationProbe
import Testing

@testable import mingle_bench

@Suite struct PropagationTests {
  @Test func thePauseOutlastsTheSlowestDelayByHalfAndIsAtLeastASecond() {
    #expect(PropagationPause.seconds(slowestSoFar: 0.2, random: 0) == 1)
    #expect(PropagationPause.seconds(slowestSoFar: 2, random: 0) == 3)
    #expect(PropagationPause.seconds(slowestSoFar: 2, random: 0.5) == 3.25)
    #expect(PropagationPause.seconds(slowestSoFar: 0, random: 0.999) < 1.5)
  }

  @Test func lostAnnouncementsCountAsSlowerThanAnyDelay() {
    let delays = (1...99).map(Double.init)
    #expect(PropagationBenchmark.verdictValue(delays: delays, lost: 0) == 99)
    #expect(PropagationBenchmark.verdictValue(delays: delays, lost: 1) == 99, "one lost in a hundred is the 1 % above p99")
    #expect(PropagationBenchmark.verdictValue(delays: delays, lost: 2) == .infinity)
    #expect(PropagationBenchmark.verdictValue(delays: [120, 80], lost: 1) == .infinity)
  }

  @Test func percentilesAreNearestRank() {
    let samples = (1...200).map(Double.init).reversed()
    #expect(PropagationPercentile.of(50, Array(samples)) == 100)
    #expect(PropagationPercentile.of(99, Array(samples)) == 198)
    #expect(PropagationPercentile.of(99, [5, 1, 3]) == 5, "a few samples: p99 is the slowest")
    #expect(PropagationPercentile.of(0, [5, 1, 3]) == 1)
    #expect(PropagationPercentile.of(50, []) == nil)
  }

  @Test func eachTokenDiffersFromTheOneBeforeInEveryLetter() {
    var tokens = PropagationTokens(seed: 7)
    var previous = tokens.next()
    var seen: Set<String> = [previous]
    for _ in 0..<500 {
      let token = tokens.next()
      #expect(token.count == PropagationTokens.length && token.allSatisfy(PropagationTokens.letters.contains))
      #expect(zip(token, previous).allSatisfy { $0 != $1 }, "\(previous) then \(token)")
      #expect(zip(token, token.dropFirst()).allSatisfy { $0 != $1 }, "\(token) repeats a letter")
      #expect(Sanitizer.line(token) == token)
      seen.insert(token)
      previous = token
    }
    #expect(seen.count == 501, "tokens repeat")
  }

  @Test func aWatchFindsItsTextCutBetweenReadsButNotWithBytesInBetween() {
    let start = ContinuousClock.now
    var watch = PropagationWatch<ContinuousClock.Instant>("QXZ")
    watch.feed(Array("..Q".utf8), at: start)
    watch.feed(Array("X".utf8), at: start + .milliseconds(1))
    #expect(watch.seenAt == nil)
    watch.feed(Array("Z..".utf8), at: start + .milliseconds(2))
    #expect(watch.seenAt == start + .milliseconds(2))
    watch.feed(Array("QXZ".utf8), at: start + .milliseconds(3))
    #expect(watch.seenAt == start + .milliseconds(2), "the first sighting counts")

    var split = PropagationWatch<ContinuousClock.Instant>("ΣΩ")
    let bytes = Array("ΣΩ".utf8)
    split.feed(bytes.prefix(1), at: start)
    split.feed(bytes.dropFirst(1).prefix(2), at: start + .milliseconds(1))
    split.feed(bytes.suffix(1), at: start + .milliseconds(2))
    #expect(split.seenAt == start + .milliseconds(2), "a text cut inside a character")

    var broken = PropagationWatch<ContinuousClock.Instant>("ABC")
    broken.feed(Array("AB\u{1B}[5GC".utf8), at: start)
    #expect(broken.seenAt == nil, "a cursor move inside the text")
  }
}
