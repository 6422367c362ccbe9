/// Asks for a larger terminal, saying how large; fits any size down to a single cell.
public struct TooSmallView: View {
  /// The terminal's width now.
  public var columns: Int
  /// The terminal's height now.
  public var rows: Int

  /// The message for a terminal of `columns`×`rows`.
  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }

  /// The full message.
  public var message: String {
    "Please enlarge the terminal (needs at least \(MinimumSize.columns)x\(MinimumSize.rows), now \(columns)x\(rows))"
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    buffer.fill(area, role: .background)
    CenteredMessage([Span(message, .warning)], maxWidth: 44).render(in: area, into: &buffer, context: context)
  }
}
