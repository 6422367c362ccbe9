import Foundation
import KioskUI

/// Reads block letters on a captured screen: a name drawn with `BigText` is not text a terminal
/// capture contains, so the test draws the expected name with the same font and looks for it.
enum BlockLetters {
  /// Whether `text` appears on `screen` in plain letters or in block letters of any size (its rows
  /// one under the other, at the same column).
  static func show(_ text: String, on screen: String) -> Bool {
    if screen.contains(text) { return true }
    let lines = screen.components(separatedBy: "\n")
    for size in BigText.Size.allCases {
      let big = BigText(lines: [text.uppercased()], size: size, role: .text)
      var buffer = CellBuffer(width: big.width, height: big.height)
      big.render(in: buffer.area, into: &buffer, context: RenderContext(now: Date()))
      let rows = buffer.lines
      if contains(rows, in: lines) { return true }
    }
    return false
  }

  /// Whether `rows` appear in `lines` one under the other at one column.
  static func contains(_ rows: [String], in lines: [String]) -> Bool {
    guard let first = rows.first, !first.isEmpty, rows.count <= lines.count else { return false }
    for top in 0...(lines.count - rows.count) {
      var searchStart = lines[top].startIndex
      while let found = lines[top].range(of: first, range: searchStart..<lines[top].endIndex) {
        let column = lines[top].distance(from: lines[top].startIndex, to: found.lowerBound)
        let matches = rows.indices.allSatisfy { offset in
          let line = Array(lines[top + offset])
          let row = Array(rows[offset])
          return column + row.count <= line.count && Array(line[column..<(column + row.count)]) == row
        }
        if matches { return true }
        searchStart = found.upperBound
      }
    }
    return false
  }
}
