/// A few lines of text wrapped to the area and centred in it both ways: empty states and notices.
public struct CenteredMessage: View {
  /// Paragraphs, each in its role; a blank line separates them.
  public var paragraphs: [Span]
  /// Widest a line may be, to keep long text readable on large screens.
  public var maxWidth: Int

  /// A message of `paragraphs`, no line wider than `maxWidth`.
  public init(_ paragraphs: [Span], maxWidth: Int = 64) {
    self.paragraphs = paragraphs
    self.maxWidth = maxWidth
  }

  /// The lines drawn in `area`, in order (wrapped, blank separators included, cut to its height).
  public func lines(in area: Rect, ellipsis: String) -> [Span] {
    let width = min(area.width, maxWidth)
    var lines: [Span] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append(Span("", paragraph.role)) }
      lines += TextFitting.wrap(paragraph.text, to: width, ellipsis: ellipsis).map { Span($0, paragraph.role) }
    }
    if lines.count > area.height {
      lines = Array(lines.prefix(area.height))
      if let last = lines.last {
        lines[lines.count - 1] = Span(TextFitting.cut(last.text, to: width, ellipsis: ellipsis), last.role)
      }
    }
    return lines
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let lines = lines(in: area, ellipsis: context.glyphs.ellipsis)
    let top = area.y + (area.height - lines.count) / 2
    for (offset, line) in lines.enumerated() {
      buffer.write(line.text, role: line.role, in: area, y: top + offset, alignment: .center, ellipsis: context.glyphs.ellipsis)
    }
  }
}
