extension CellBuffer {
  /// Writes `spans` on row `y` from column `x`, never reaching `maxX`. When they do not fit, the text is
  /// cut and ends in `ellipsis` (in the role of the span that was cut). Returns the column after the
  /// last cell written.
  @discardableResult
  public mutating func write(_ spans: [Span], x: Int, y: Int, maxX: Int, ellipsis: String) -> Int {
    let limit = min(maxX, width)
    guard limit > x else { return x }
    return Span.fitted(spans, to: limit - x, ellipsis: ellipsis).reduce(x) { column, span in
      write(span.text, x: column, y: y, role: span.role, maxX: limit)
    }
  }

  /// Writes `spans` on row `y` of `rect`, aligned within its width and cut with `ellipsis` to fit it.
  @discardableResult
  public mutating func write(
    _ spans: [Span], in rect: Rect, y: Int, alignment: TextFitting.Alignment = .leading, ellipsis: String
  ) -> Int {
    guard y >= rect.y, y < rect.maxY, rect.width > 0 else { return rect.x }
    let room = rect.width - min(rect.width, Span.width(of: spans))
    let offset: Int
    switch alignment {
    case .leading: offset = 0
    case .center: offset = room / 2
    case .trailing: offset = room
    }
    return write(spans, x: rect.x + offset, y: y, maxX: rect.maxX, ellipsis: ellipsis)
  }

  /// Writes `text` in `role` on row `y` of `rect`, aligned and cut to fit.
  @discardableResult
  public mutating func write(
    _ text: String, role: StyleRole, in rect: Rect, y: Int, alignment: TextFitting.Alignment = .leading, ellipsis: String
  ) -> Int {
    write([Span(text, role)], in: rect, y: y, alignment: alignment, ellipsis: ellipsis)
  }
}
