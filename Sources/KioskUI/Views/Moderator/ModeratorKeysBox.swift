/// Every key of a moderator mode with its full label, in a box titled "Keys": the keys read left to
/// right, then down (`n next speaker   ↑↓ select   [ ] move   x remove`), in as many columns as fit,
/// each column's labels lined up after its widest key. The footer drops keys where it is narrow;
/// this box shows them all, or is not drawn at all.
struct ModeratorKeysBox: View {
  /// The keys, in reading order.
  var hints: [KeyHint]

  /// Columns between a key and its label.
  static let keyGap = 1
  /// Fewest columns between two columns of keys.
  static let leastGap = 3
  /// Most columns between two columns of keys when the box has room to spread them.
  static let widestGap = 6
  /// Rows of border around the keys.
  static let borderRows = 2

  /// The widths of a column of keys: its widest key, and the whole column (that key's width, a
  /// space, the widest label).
  static func width(of column: [KeyHint]) -> (key: Int, whole: Int) {
    let key = column.map { DisplayWidth.of($0.key) }.max() ?? 0
    let label = column.map { DisplayWidth.of($0.label) }.max() ?? 0
    return (key, key + keyGap + label)
  }

  /// The keys in columns for `width` columns of content, the fewest rows that fit; nil when even a
  /// single column is too wide. Column `c` holds hints `c`, `c + columns`, `c + 2 × columns`, ….
  func columns(width: Int) -> [[KeyHint]]? {
    guard !hints.isEmpty else { return nil }
    for rows in 1...hints.count {
      let count = (hints.count + rows - 1) / rows
      let columns = (0..<count).map { column in stride(from: column, to: hints.count, by: count).map { hints[$0] } }
      let total = columns.map { Self.width(of: $0).whole }.reduce(0, +) + Self.leastGap * (count - 1)
      if total <= width { return columns }
    }
    return nil
  }

  /// Rows the box takes in `width` columns; nil when its keys cannot fit that width.
  func height(width: Int) -> Int? {
    columns(width: Box.content(of: Rect(x: 0, y: 0, width: width, height: Self.borderRows)).width)
      .map { ($0.first?.count ?? 0) + Self.borderRows }
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let content = Box.content(of: area)
    guard let columns = columns(width: content.width), let rows = columns.first?.count, content.height >= rows else { return }
    Box(title: [Span("Keys", .paneTitle)]).render(in: area, into: &buffer, context: context)
    let widths = columns.map(Self.width(of:))
    let spare = content.width - widths.map(\.whole).reduce(0, +)
    let gap = columns.count > 1 ? min(Self.widestGap, spare / (columns.count - 1)) : 0
    var x = content.x
    for (column, width) in zip(columns, widths) {
      let cell = Rect(x: x, y: content.y, width: width.whole, height: rows)
      for (row, hint) in column.enumerated() {
        let padding = String(repeating: " ", count: width.key - DisplayWidth.of(hint.key) + Self.keyGap)
        buffer.write([Span(hint.key, .paneCount), Span(padding + hint.label, .text)], in: cell, y: cell.y + row, ellipsis: context.glyphs.ellipsis)
      }
      x += width.whole + gap
    }
  }
}
