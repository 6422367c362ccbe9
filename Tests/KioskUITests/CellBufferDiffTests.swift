import KioskUI
import Testing

@Suite struct CellBufferDiffTests {
  func buffer(_ lines: [String]) -> CellBuffer {
    var buffer = CellBuffer(width: 6, height: lines.count)
    for (y, line) in lines.enumerated() { buffer.write(line, x: 0, y: y, role: .text) }
    return buffer
  }

  @Test func everyRowChangesWithoutAPreviousFrame() {
    let runs = buffer(["ab", "cd"]).changes(since: nil)
    #expect(runs.map(\.y) == [0, 1])
    #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 6 })
  }

  @Test func everyRowChangesWhenTheSizeChanged() {
    let runs = buffer(["ab", "cd"]).changes(since: CellBuffer(width: 5, height: 2))
    #expect(runs.count == 2)
  }

  @Test func nothingChangesBetweenEqualFrames() {
    #expect(buffer(["ab", "cd"]).changes(since: buffer(["ab", "cd"])) == [])
  }

  @Test func onlyTheChangedCellsAreSent() {
    let runs = buffer(["abcdef", "cd"]).changes(since: buffer(["abXdef", "cd"]))
    #expect(runs.map { [$0.x, $0.y] } == [[2, 0]])
    #expect(runs.first?.cells == [Cell(grapheme: "c", role: .text)])
  }

  @Test func aChangedRoleIsAChange() {
    var next = buffer(["ab"])
    next.write("b", x: 1, y: 0, role: .warning)
    let runs = next.changes(since: buffer(["ab"]))
    #expect(runs.map(\.x) == [1])
    #expect(runs.first?.cells.first?.role == .warning)
  }

  @Test func adjacentChangesFormOneRunAndSeparateOnesTwo() {
    let adjacent = buffer(["aXYdef"]).changes(since: buffer(["abcdef"]))
    #expect(adjacent.map(\.x) == [1])
    #expect(adjacent.first?.cells.map(\.grapheme) == ["X", "Y"])
    let apart = buffer(["aXcdYf"]).changes(since: buffer(["abcdef"]))
    #expect(apart.map(\.x) == [1, 4])
  }

  @Test func aChangedWideGraphemeIsSentWithItsFirstCell() {
    let runs = buffer(["a東c"]).changes(since: buffer(["a京c"]))
    #expect(runs.count == 1)
    #expect(runs.first?.x == 1)
    #expect(runs.first?.cells.map(\.grapheme) == ["東", ""])
  }

  @Test func aWideGraphemeReplacedByNarrowOnesIsFullyResent() {
    let runs = buffer(["ab"]).changes(since: buffer(["東"]))
    #expect(runs.first?.x == 0)
    #expect(runs.first?.cells.map(\.grapheme) == ["a", "b"])
  }
}
