import KioskUI
import Testing

@Suite struct CellBufferSpanTests {
  @Test func spansThatFitAreWrittenInTheirRoles() {
    var buffer = CellBuffer(width: 12, height: 1)
    let end = buffer.write([Span("Ada", .cardName), Span(" · ", .muted), Span("CTO", .cardRole)], x: 1, y: 0, maxX: 12, ellipsis: "…")
    #expect(end == 10)
    #expect(buffer.lines == [" Ada · CTO  "])
    #expect(buffer.role(of: "Ada", onRow: 0) == .cardName)
    #expect(buffer.role(of: "CTO", onRow: 0) == .cardRole)
  }

  @Test func spansThatDoNotFitAreCutWithAnEllipsisInTheRoleOfTheCutSpan() {
    var buffer = CellBuffer(width: 10, height: 1)
    buffer.write([Span("Ada", .cardName), Span(" · ", .muted), Span("Partner", .cardRole)], x: 0, y: 0, maxX: 9, ellipsis: "…")
    #expect(buffer.lines == ["Ada · Pa… "])
    #expect(buffer[8, 0].role == .cardRole)
  }

  @Test func aWideCharacterThatWouldCrossTheLimitIsLeftOut() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write([Span("ab東京", .text)], x: 0, y: 0, maxX: 5, ellipsis: "…")
    #expect(buffer.lines == ["ab東… "])
    #expect(layoutProblems(buffer) == [])
  }

  @Test func spansAreAlignedInARect() {
    var buffer = CellBuffer(width: 10, height: 3)
    let rect = Rect(x: 1, y: 0, width: 8, height: 3)
    buffer.write("ab", role: .text, in: rect, y: 0, alignment: .leading, ellipsis: "…")
    buffer.write("ab", role: .text, in: rect, y: 1, alignment: .center, ellipsis: "…")
    buffer.write("ab", role: .text, in: rect, y: 2, alignment: .trailing, ellipsis: "…")
    #expect(buffer.lines == [" ab       ", "    ab    ", "       ab "])
  }

  @Test func nothingIsWrittenOutsideTheRectsRows() {
    var buffer = CellBuffer(width: 4, height: 2)
    buffer.write("ab", role: .text, in: Rect(x: 0, y: 0, width: 4, height: 1), y: 1, ellipsis: "…")
    #expect(buffer.trimmedLines == ["", ""])
  }
}
