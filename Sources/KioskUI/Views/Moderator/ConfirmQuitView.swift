/// "Quit the kiosk?" waiting for `y` or `n`.
struct ConfirmQuitView: View {
  /// The screens for a column `width` wide, best first.
  func screens(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let heading = FlowHeading(progress: "Moderator", question: "Quit the kiosk?", role: .warning)
    let body: [FlowPiece] = [
      .paragraph("This display closes; the other displays of the event go on.", .muted, width: width),
      .gap(1),
      .lines([[Span("y", .paneCount), Span(" / ", .text), Span("n", .paneCount)]]),
    ]
    return heading.screens(over: body, width: width, glyphs: glyphs)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    FlowColumn.best(screens(width: width, glyphs: context.glyphs), in: area, glyphs: context.glyphs)
      .render(in: area, into: &buffer, context: context)
  }
}
