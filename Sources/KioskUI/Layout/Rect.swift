/// A rectangle of cells: origin at the top left, x to the right, y down.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }
  public var description: String { "\(width)x\(height)@\(x),\(y)" }

  /// The rectangle shrunk by `dx` columns on each side and `dy` rows at top and bottom.
  public func inset(dx: Int = 0, dy: Int = 0) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The common part of two rectangles (empty when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let nx = max(x, other.x), ny = max(y, other.y)
    return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
  }

  /// The top `rows` rows and the rest.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let r = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
  }

  /// The bottom `rows` rows and the rest.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let r = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: height - r), Rect(x: x, y: maxY - r, width: width, height: r))
  }

  /// A `w`×`h` rectangle centred in this one (clipped to it).
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width), ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }

  /// Splits into `columns`×`rows` cells with `gap` blank cells between them; sizes differ by at
  /// most one so the grid fills the rectangle. Row-major order.
  public func grid(columns: Int, rows: Int, gapX: Int = 1, gapY: Int = 0) -> [Rect] {
    guard columns > 0, rows > 0 else { return [] }
    let xs = Rect.spans(total: width, count: columns, gap: gapX)
    let ys = Rect.spans(total: height, count: rows, gap: gapY)
    return ys.flatMap { row in xs.map { col in Rect(x: x + col.offset, y: y + row.offset, width: col.size, height: row.size) } }
  }

  /// Offsets and sizes of `count` spans filling `total` with `gap` between them.
  static func spans(total: Int, count: Int, gap: Int) -> [(offset: Int, size: Int)] {
    let usable = max(0, total - gap * (count - 1))
    let base = usable / count, extra = usable % count
    var offset = 0
    return (0..<count).map { i in
      let size = base + (i < extra ? 1 : 0)
      defer { offset += size + gap }
      return (offset, size)
    }
  }
}
