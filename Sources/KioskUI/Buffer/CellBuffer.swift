/// A rectangle of cells that views draw into. Only the terminal edge turns it into output.
public struct CellBuffer: Sendable, Hashable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The whole buffer as a rectangle.
  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
  }

  /// Sets one cell, keeping wide graphemes whole: a grapheme that is partly overwritten is blanked.
  public mutating func set(x: Int, y: Int, _ cell: Cell) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let i = y * width + x
    if cells[i].isContinuation, x > 0 { cells[i - 1] = .blank(cells[i - 1].role) }
    if cells[i].width == 2, x + 1 < width { cells[i + 1] = .blank(cells[i + 1].role) }
    if cell.width == 2 {
      guard x + 1 < width else {
        cells[i] = .blank(cell.role)
        return
      }
      if cells[i + 1].width == 2, x + 2 < width { cells[i + 2] = .blank(cells[i + 2].role) }
      cells[i] = cell
      cells[i + 1] = Cell(grapheme: "", width: 0, role: cell.role)
    } else {
      cells[i] = cell
    }
  }

  /// Fills `rect` (clipped to the buffer) with blank cells of `role`.
  public mutating func fill(_ rect: Rect, role: StyleRole) {
    let r = rect.intersection(area)
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { cells[y * width + x] = .blank(role) }
    }
  }

  /// Writes `text` from (x, y) without passing `maxX` (exclusive; defaults to the buffer's edge).
  /// Returns the column after the last grapheme written. Text is expected to be sanitized already;
  /// graphemes of width 0 are skipped.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, maxX: Int? = nil) -> Int {
    let limit = min(maxX ?? width, width)
    var column = x
    guard y >= 0, y < height else { return column }
    for character in text {
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if column + w > limit { break }
      if column >= 0 {
        set(x: column, y: y, Cell(grapheme: String(character), width: UInt8(w), role: role))
      }
      column += w
    }
    return column
  }

  /// The buffer as text lines (continuation cells omitted, trailing spaces kept), for tests and
  /// plain-text captures.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].grapheme }
      return line
    }
  }

  /// Lines with trailing spaces removed: easier to compare in tests.
  public var trimmedLines: [String] {
    lines.map { line in
      var l = Substring(line)
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }
  }
}
