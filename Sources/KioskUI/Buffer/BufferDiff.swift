/// A horizontal run of cells that changed between two frames.
public struct ChangedRun: Sendable, Hashable {
  public var x: Int
  public var y: Int
  /// The new cells, continuation cells included.
  public var cells: [Cell]
}

extension CellBuffer {
  /// The runs of cells that differ from `previous`, row by row. When the sizes differ every row is a
  /// change. A changed wide grapheme's run always includes its first cell.
  public func changes(since previous: CellBuffer?) -> [ChangedRun] {
    guard let previous, previous.width == width, previous.height == height else {
      return (0..<height).map { y in ChangedRun(x: 0, y: y, cells: Array(cells[(y * width)..<((y + 1) * width)])) }
    }
    var runs: [ChangedRun] = []
    for y in 0..<height {
      var x = 0
      while x < width {
        let i = y * width + x
        if cells[i] == previous.cells[i] {
          x += 1
          continue
        }
        var start = x
        if cells[i].isContinuation, start > 0 { start -= 1 }
        var end = x + 1
        while end < width, cells[y * width + end] != previous.cells[y * width + end] || cells[y * width + end].isContinuation {
          end += 1
        }
        if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
          let mergedStart = last.x
          runs[runs.count - 1] = ChangedRun(x: mergedStart, y: y, cells: Array(cells[(y * width + mergedStart)..<(y * width + end)]))
        } else {
          runs.append(ChangedRun(x: start, y: y, cells: Array(cells[(y * width + start)..<(y * width + end)])))
        }
        x = end
      }
    }
    return runs
  }
}
