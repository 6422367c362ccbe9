import EventState

/// Choosing a screen that every display shows now: the screens' titles, the chosen one highlighted.
struct GoToScreenView: View {
  /// The chosen screen, as an index into `ScreenKind.allCases`.
  var selection: Int

  /// The screens for a column `width` wide, best first.
  func screens(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let heading = FlowHeading(progress: "Moderator", question: "Go to a screen", detail: "Every display shows it now")
    let screens = ScreenKind.allCases
    let list = ChoiceList(
      items: screens.map { [Span($0.title, .text)] }, selected: ModeratorPanelView.clamp(selection, count: screens.count),
      rows: screens.count, centered: true)
    return heading.screens(over: [.choices(list)], width: width, glyphs: glyphs)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    FlowColumn.best(screens(width: width, glyphs: context.glyphs), in: area, glyphs: context.glyphs)
      .render(in: area, into: &buffer, context: context)
  }
}
