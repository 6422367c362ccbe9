import KioskUI
import Testing

@Suite struct BoxTests {
  @Test func titleSitsInTheTopEdgeAndTheFootnoteInTheBottomEdge() {
    let box = Box(title: [Span("For investors", .paneTitle), Span(" · 7", .paneCount)], footnote: [Span("1/3", .paneCount)])
    let buffer = render(box, width: 30, height: 4)
    #expect(buffer.lines == [
      "╭─ For investors · 7 ────────╮",
      "│                            │",
      "│                            │",
      "╰────────────────────── 1/3 ─╯",
    ])
    #expect(buffer.role(of: "For investors", onRow: 0) == .paneTitle)
    #expect(buffer.role(of: "7", onRow: 0) == .paneCount)
    #expect(buffer[0, 0].role == .border)
  }

  @Test func aLongTitleIsCutInsideTheCorners() {
    let buffer = render(Box(title: [Span("A very long topic title", .paneTitle)]), width: 16, height: 3)
    #expect(buffer.lines == [
      "╭─ A very lo… ─╮",
      "│              │",
      "╰──────────────╯",
    ])
  }

  @Test func asciiGlyphsDrawAnAsciiBox() {
    let buffer = render(Box(title: [Span("Hiring", .paneTitle)]), width: 14, height: 3, context: Demo.context(glyphs: .ascii))
    #expect(buffer.lines == [
      "+- Hiring ---+",
      "|            |",
      "+------------+",
    ])
  }

  @Test func contentIsInsideTheBorderWithPadding() {
    #expect(Box.content(of: Rect(x: 2, y: 3, width: 20, height: 6)) == Rect(x: 4, y: 4, width: 16, height: 4))
  }
}
