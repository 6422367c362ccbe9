/// The cells block letters are made of, in one role: a full block, the upper and lower half blocks
/// and a blank. Each is prepared once for a whole text rather than measured again for every cell.
struct BlockCells {
  /// One kind of cell: its text, and the cell itself when the text is one grapheme one column wide
  /// (as every glyph set's blocks are).
  struct Kind {
    /// What the cell shows.
    let text: String
    /// The cell, ready to be set; nil when `text` must be written as text.
    let cell: Cell?

    /// `text` as a cell of `role`.
    init(_ text: String, role: StyleRole) {
      self.text = text
      let single = text.count == 1 && text.first.map(DisplayWidth.of) == 1
      cell = single ? Cell(grapheme: text, width: 1, role: role) : nil
    }
  }

  /// A set dot (in compact letters: both dots the cell covers).
  let full: Kind
  /// In compact letters: only the upper of the cell's two dots set.
  let upperHalf: Kind
  /// In compact letters: only the lower of the cell's two dots set.
  let lowerHalf: Kind
  /// No dot set.
  let blank: Kind
  /// The role every cell is drawn in.
  let role: StyleRole

  /// The blocks of `glyphs` in `role`.
  init(glyphs: GlyphSet, role: StyleRole) {
    full = Kind(glyphs.fullBlock, role: role)
    upperHalf = Kind(glyphs.upperHalf, role: role)
    lowerHalf = Kind(glyphs.lowerHalf, role: role)
    blank = Kind(" ", role: role)
    self.role = role
  }

  /// Puts `kind` at (x, y), exactly as writing its text there would.
  func put(_ kind: Kind, x: Int, y: Int, into buffer: inout CellBuffer) {
    if let cell = kind.cell {
      buffer.set(x: x, y: y, cell)
    } else {
      buffer.write(kind.text, x: x, y: y, role: role)
    }
  }
}
