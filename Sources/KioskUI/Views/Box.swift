/// A border around an area, with a title set into the top edge (`╭─ For investors · 3 ───╮`) and a
/// short note at the right end of the bottom edge (`╰──────── 1/2 ─╯`).
public struct Box: View {
  /// Drawn in the top edge, cut to fit.
  public var title: [Span]
  /// Drawn in the bottom edge when it fits whole.
  public var footnote: [Span]
  /// The role of the border.
  public var role: StyleRole

  /// A box with an optional title and footnote.
  public init(title: [Span] = [], footnote: [Span] = [], role: StyleRole = .border) {
    self.title = title
    self.footnote = footnote
    self.role = role
  }

  /// The area inside the border, with one column of padding on each side.
  public static func content(of area: Rect) -> Rect { area.inset(dx: 2, dy: 1) }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let area = area.intersection(buffer.area)
    guard area.width >= 2, area.height >= 2 else { return }
    let g = context.glyphs
    let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
    for x in (left + 1)..<right {
      buffer.write(g.horizontal, x: x, y: top, role: role)
      buffer.write(g.horizontal, x: x, y: bottom, role: role)
    }
    for y in (top + 1)..<bottom {
      buffer.write(g.vertical, x: left, y: y, role: role)
      buffer.write(g.vertical, x: right, y: y, role: role)
    }
    buffer.write(g.topLeft, x: left, y: top, role: role)
    buffer.write(g.topRight, x: right, y: top, role: role)
    buffer.write(g.bottomLeft, x: left, y: bottom, role: role)
    buffer.write(g.bottomRight, x: right, y: bottom, role: role)
    let noteWidth = Span.width(of: footnote)
    if noteWidth > 0, noteWidth + 6 <= area.width {
      buffer.write([Span(" ", role)] + footnote + [Span(" ", role)], x: right - 3 - noteWidth, y: bottom, maxX: right - 1, ellipsis: g.ellipsis)
    }
    if !title.isEmpty, area.width >= 8 {
      let fitted = Span.fitted(title, to: area.width - 6, ellipsis: g.ellipsis)
      buffer.write([Span(" ", role)] + fitted + [Span(" ", role)], x: left + 2, y: top, maxX: right - 1, ellipsis: g.ellipsis)
    }
  }
}
