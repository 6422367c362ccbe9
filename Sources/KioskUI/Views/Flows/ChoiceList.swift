/// A list to choose from in an attendee flow: one item per row, the chosen one marked and
/// highlighted. When the rows run out it shows the part around the chosen item.
struct ChoiceList: View {
  /// The items, each one line.
  var items: [[Span]]
  /// Index of the chosen item, if any.
  var selected: Int?
  /// Rows the list asks for (kept even when there are fewer items, so the screen does not jump).
  var rows: Int
  /// Shown on the first row when there are no items.
  var empty: [Span]
  /// Whether the block of items is centred in the area rather than at its left edge (items are
  /// always left-aligned within the block).
  var centered: Bool

  /// A list of `items` asking for `rows` rows.
  init(items: [[Span]], selected: Int?, rows: Int, empty: [Span] = [], centered: Bool = false) {
    self.items = items
    self.selected = selected
    self.rows = rows
    self.empty = empty
    self.centered = centered
  }

  /// Columns before each item: the marker of the chosen one and a space.
  static let markerWidth = 2

  /// The marker in front of the chosen item.
  static func marker(glyphs: GlyphSet) -> String { glyphs == .ascii ? ">" : "▸" }

  /// The items shown in `rows` rows: all when they fit, otherwise a window around the chosen item.
  func window(rows: Int) -> Range<Int> {
    guard rows > 0 else { return 0..<0 }
    guard items.count > rows else { return 0..<items.count }
    let start = min(max(0, (selected ?? 0) - rows / 2), items.count - rows)
    return start..<(start + rows)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    let ellipsis = context.glyphs.ellipsis
    guard !items.isEmpty else {
      buffer.write(empty, in: area, y: area.y, alignment: centered ? .center : .leading, ellipsis: ellipsis)
      return
    }
    let widest = items.map(Span.width(of:)).max() ?? 0
    let blockWidth = min(area.width, widest + Self.markerWidth)
    let x = area.x + (centered ? (area.width - blockWidth) / 2 : 0)
    let block = Rect(x: x, y: area.y, width: blockWidth, height: area.height)
    for (row, index) in window(rows: area.height).enumerated() {
      let line: [Span]
      if index == selected {
        line = [Span(Self.marker(glyphs: context.glyphs) + " ", .screenActive)] + items[index].map { Span($0.text, .screenActive) }
      } else {
        line = [Span(String(repeating: " ", count: Self.markerWidth), .text)] + items[index]
      }
      buffer.write(line, in: block, y: block.y + row, ellipsis: ellipsis)
    }
  }
}
