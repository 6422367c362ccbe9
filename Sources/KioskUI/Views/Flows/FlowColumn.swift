/// The pieces of an attendee-flow screen, stacked in a column at most `maxWidth` wide and centred
/// both ways in the area. When the area is short, gaps close first, then lists show fewer rows, then
/// cards fewer lines; nothing is ever drawn outside the area.
struct FlowColumn: View {
  /// The pieces, top to bottom.
  var pieces: [FlowPiece]

  /// Widest the column gets, so that lines stay readable on large screens.
  static let maxWidth = 100

  /// Columns the column takes in `area`.
  static func width(in area: Rect) -> Int { min(area.width, maxWidth) }

  /// The first of `candidates` (best first) whose pieces fit `area` without shrinking, or the last
  /// one, shrunk to fit.
  static func best(_ candidates: [[FlowPiece]], in area: Rect, glyphs: GlyphSet) -> FlowColumn {
    let width = width(in: area)
    let fitting = candidates.first { FlowColumn(pieces: $0).wantedHeight(width: width, glyphs: glyphs) <= area.height }
    return FlowColumn(pieces: fitting ?? candidates.last ?? [])
  }

  /// Rows the pieces ask for together.
  func wantedHeight(width: Int, glyphs: GlyphSet) -> Int {
    pieces.reduce(0) { $0 + $1.wantedHeight(width: width, glyphs: glyphs) }
  }

  /// Each piece's rows within `rows`: what it asks for, shrunk (gaps, then lists, then cards, the
  /// lowest first) while there are too many.
  func heights(rows: Int, width: Int, glyphs: GlyphSet) -> [Int] {
    var heights = pieces.map { $0.wantedHeight(width: width, glyphs: glyphs) }
    let least = pieces.map { $0.leastHeight(width: width, glyphs: glyphs) }
    var excess = heights.reduce(0, +) - rows
    let passes: [(FlowPiece) -> Bool] = [
      { if case .gap = $0 { true } else { false } },
      { if case .choices = $0 { true } else { false } },
      { if case .card = $0 { true } else { false } },
    ]
    for isShrinking in passes {
      for index in pieces.indices.reversed() where excess > 0 && isShrinking(pieces[index]) {
        let cut = min(excess, heights[index] - least[index])
        heights[index] -= cut
        excess -= cut
      }
    }
    return heights
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = Self.width(in: area)
    let column = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
    let heights = heights(rows: area.height, width: width, glyphs: context.glyphs)
    var y = column.y + max(0, (column.height - heights.reduce(0, +)) / 2)
    for (piece, height) in zip(pieces, heights) {
      piece.render(in: Rect(x: column.x, y: y, width: width, height: height).intersection(column), into: &buffer, context: context)
      y += height
    }
  }
}
