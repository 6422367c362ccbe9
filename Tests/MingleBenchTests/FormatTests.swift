import Testing

@testable import mingle_bench

@Suite struct FormatTests {
  @Test func numbersDropTrailingZeros() {
    #expect([300, 0.5, 1.25, 2.0].map(Format.number) == ["300", "0.5", "1.25", "2"])
  }

  @Test func bytesAreGroupedInThousands() {
    #expect([0, 999, 1_000, 28_417, 1_234_567].map(Format.bytes) == ["0 bytes", "999 bytes", "1,000 bytes", "28,417 bytes", "1,234,567 bytes"])
  }

  @Test func tableMarksMissedTargets() {
    let table = ResultTable(
      title: "T",
      rows: [
        ResultRow("fast", "1 ms", value: 1, target: .below(2, "ms")), ResultRow("slow", "3 ms", value: 3, target: .below(2, "ms")),
        ResultRow("context", "x"),
      ])
    #expect(
      table.markdown.split(separator: "\n").suffix(3) == [
        "| fast | 1 ms | < 2 ms | met |", "| slow | 3 ms | < 2 ms | **missed** |", "| context | x |  |  |",
      ])
  }
}
