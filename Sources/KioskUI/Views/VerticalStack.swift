/// Pieces placed one under the other and centred in the area both ways: big text, lines of text and
/// blank rows. Screens build a few candidate stacks and draw the first that fits.
public struct VerticalStack: View {
  /// One piece of the stack.
  public enum Piece: Sendable, Hashable {
    /// Block letters.
    case big(BigText)
    /// Lines, each centred.
    case lines([[Span]])
    /// Blank rows.
    case gap(Int)

    /// Rows the piece takes.
    public var height: Int {
      switch self {
      case .big(let text): text.height
      case .lines(let lines): lines.count
      case .gap(let rows): rows
      }
    }
  }

  /// The pieces, top to bottom.
  public var pieces: [Piece]

  /// A stack of `pieces`.
  public init(_ pieces: [Piece]) {
    self.pieces = pieces
  }

  /// Rows the whole stack takes.
  public var height: Int { pieces.reduce(0) { $0 + $1.height } }

  /// Columns the widest piece takes.
  public var width: Int {
    pieces.map { piece in
      switch piece {
      case .big(let text): text.width
      case .lines(let lines): lines.map(Span.width(of:)).max() ?? 0
      case .gap: 0
      }
    }.max() ?? 0
  }

  /// Whether the stack fits `area` without cutting anything.
  public func fits(_ area: Rect) -> Bool { height <= area.height && width <= area.width }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    var y = area.y + max(0, (area.height - height) / 2)
    for piece in pieces {
      switch piece {
      case .big(let text):
        text.render(in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), into: &buffer, context: context)
      case .lines(let lines):
        for (offset, line) in lines.enumerated() {
          buffer.write(line, in: area, y: y + offset, alignment: .center, ellipsis: context.glyphs.ellipsis)
        }
      case .gap:
        break
      }
      y += piece.height
    }
  }
}
