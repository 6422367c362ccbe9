import Testing

@testable import KioskUI

/// Block letters put prepared cells into the buffer instead of writing a string per cell: the
/// buffer must end up exactly as writing the string would leave it, at the edges too.
@Suite struct BlockCellsTests {
  /// Places along and beyond the edges of a 4×2 buffer, next to a wide grapheme.
  static let places = [(-1, 0), (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (0, 1), (3, 1), (0, 2), (0, -1)]

  static func prepared() -> CellBuffer {
    var buffer = CellBuffer(width: 4, height: 2)
    buffer.write("陈", x: 1, y: 0, role: .muted)
    buffer.write("ab", x: 2, y: 1, role: .muted)
    return buffer
  }

  @Test(arguments: [GlyphSet.unicode, .ascii])
  func puttingABlockLeavesTheBufferAsWritingItWould(_ glyphs: GlyphSet) {
    let cells = BlockCells(glyphs: glyphs, role: .tipTitle)
    for kind in [cells.full, cells.upperHalf, cells.lowerHalf, cells.blank] {
      #expect(kind.cell != nil)
      for (x, y) in Self.places {
        var put = Self.prepared(), written = Self.prepared()
        cells.put(kind, x: x, y: y, into: &put)
        written.write(kind.text, x: x, y: y, role: .tipTitle)
        #expect(put == written, "\(kind.text) at (\(x), \(y))")
      }
    }
  }

  @Test func aBlockThatIsNotOneNarrowGraphemeIsWrittenAsText() {
    var glyphs = GlyphSet.unicode
    glyphs.fullBlock = "陈"
    glyphs.upperHalf = "##"
    let cells = BlockCells(glyphs: glyphs, role: .tipTitle)
    #expect(cells.full.cell == nil)
    #expect(cells.upperHalf.cell == nil)
    for kind in [cells.full, cells.upperHalf] {
      for (x, y) in Self.places {
        var put = Self.prepared(), written = Self.prepared()
        cells.put(kind, x: x, y: y, into: &put)
        written.write(kind.text, x: x, y: y, role: .tipTitle)
        #expect(put == written, "\(kind.text) at (\(x), \(y))")
      }
    }
  }
}
