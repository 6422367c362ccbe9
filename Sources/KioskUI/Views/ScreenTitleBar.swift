/// The first row of a screen: its title on the left and a status (count, page, "Tip 3 of 10") on the
/// right. The status wins when both do not fit.
public struct ScreenTitleBar: View {
  /// The screen's name (and count), on the left.
  public var title: [Span]
  /// Where the screen is ("page 2/5"), on the right.
  public var status: [Span]

  /// A title bar with `title` and `status`.
  public init(title: [Span], status: [Span] = []) {
    self.title = title
    self.status = status
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    let ellipsis = context.glyphs.ellipsis
    let statusWidth = min(area.width, Span.width(of: status))
    buffer.write(status, in: area, y: area.y, alignment: .trailing, ellipsis: ellipsis)
    let titleRoom = area.width - statusWidth - (statusWidth > 0 ? 2 : 0)
    if titleRoom > 0 {
      buffer.write(title, x: area.x, y: area.y, maxX: area.x + titleRoom, ellipsis: ellipsis)
    }
  }
}
