import Testing

@testable import mingle_bench

@Suite struct OutputBurstTests {
  @Test func aPauseOfAtLeastTheGapStartsANewBurst() {
    let chunks = [
      OutputChunk(time: 100, bytes: 10), OutputChunk(time: 140, bytes: 5), OutputChunk(time: 190, bytes: 1),
      OutputChunk(time: 240, bytes: 7),
    ]
    #expect(
      OutputBurst.group(chunks, gap: 50) == [
        OutputBurst(start: 100, end: 140, bytes: 15), OutputBurst(start: 190, end: 190, bytes: 1),
        OutputBurst(start: 240, end: 240, bytes: 7),
      ])
  }

  @Test func noChunksNoBursts() {
    #expect(OutputBurst.group([OutputChunk](), gap: 50).isEmpty)
  }
}
