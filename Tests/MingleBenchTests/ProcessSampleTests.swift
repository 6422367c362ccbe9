import Testing

@testable import mingle_bench

@Suite struct ProcessSampleTests {
  @Test func cpuTicksAreUserPlusSystemCountedFromTheCommandsClosingParenthesis() {
    let stat = "4242 (my (odd) cmd) S 1 4242 4242 34816 4242 4194560 1234 0 0 0 170 25 0 0 20 0 3 0 99 1000 800 18446744073709551615"
    #expect(ProcessSample.cpuTicks(stat: stat) == 195)
  }

  @Test func aTruncatedStatLineHasNoTicks() {
    #expect(ProcessSample.cpuTicks(stat: "4242 (mingle) S 1 2 3") == nil)
  }

  @Test func memoryFiguresAreReadByFieldName() {
    let status = "Name:\tmingle\nVmPeak:\t  500000 kB\nVmHWM:\t   34212 kB\nVmRSS:\t   30000 kB\n"
    #expect(ProcessSample.kilobytes("VmHWM", status: status) == 34212)
    #expect(ProcessSample.kilobytes("VmRSS", status: status) == 30000)
    #expect(ProcessSample.kilobytes("VmSwap", status: status) == nil)
  }
}
