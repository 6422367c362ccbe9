import EventState
import KioskUI

/// What is wrong with the cells of `buffer`, one sentence each; empty when every row is exactly as
/// wide as the buffer, every wide grapheme is whole (its continuation right after it, never cut at
/// the edge), every cell's width matches its grapheme, and no cell holds a control character.
func layoutProblems(_ buffer: CellBuffer) -> [String] {
  var problems: [String] = []
  for y in 0..<buffer.height {
    var x = 0
    while x < buffer.width {
      let cell = buffer[x, y]
      if cell.isContinuation {
        problems.append("(\(x),\(y)): continuation without a wide grapheme before it")
        x += 1
        continue
      }
      if DisplayWidth.of(cell.grapheme) != Int(cell.width) {
        problems.append("(\(x),\(y)): \"\(cell.grapheme)\" is \(DisplayWidth.of(cell.grapheme)) wide in a cell of width \(cell.width)")
      }
      if cell.grapheme != " ", !Sanitizer.isClean(cell.grapheme) {
        problems.append("(\(x),\(y)): control or invisible character in \(cell.grapheme.unicodeScalars.map { String($0.value, radix: 16) })")
      }
      if cell.width == 2 {
        if x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation {
          problems.append("(\(x),\(y)): wide \"\(cell.grapheme)\" is split")
        }
        x += 2
      } else {
        x += 1
      }
    }
    let width = DisplayWidth.of(buffer.lines[y])
    if width != buffer.width { problems.append("row \(y) is \(width) columns wide, not \(buffer.width)") }
  }
  return problems
}

/// Boxes (found by their top-left corner) whose border is interrupted: text that ran over a border
/// shows up here. Empty when every box is whole.
func brokenBoxes(_ buffer: CellBuffer, glyphs: GlyphSet = .unicode) -> [String] {
  var problems: [String] = []
  for y in 0..<buffer.height {
    for x in 0..<buffer.width where buffer[x, y].grapheme == glyphs.topLeft {
      guard let right = ((x + 1)..<buffer.width).first(where: { buffer[$0, y].grapheme == glyphs.topRight }) else {
        problems.append("box at (\(x),\(y)) has no top-right corner")
        continue
      }
      var row = y + 1
      while row < buffer.height, buffer[x, row].grapheme == glyphs.vertical {
        if buffer[right, row].grapheme != glyphs.vertical { problems.append("box at (\(x),\(y)): right border broken on row \(row)") }
        row += 1
      }
      if row >= buffer.height || buffer[x, row].grapheme != glyphs.bottomLeft || buffer[right, row].grapheme != glyphs.bottomRight {
        problems.append("box at (\(x),\(y)): bottom edge missing or broken (row \(row))")
      }
    }
  }
  return problems
}
