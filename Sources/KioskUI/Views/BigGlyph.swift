/// One letter of `BigFont`, read once from the font's bitmap text: which dots of its rows are set.
struct BigGlyph: Sendable, Hashable {
  /// The font's own character for it (a capital, a digit or a punctuation mark).
  let key: Character
  /// Columns of dots.
  let width: Int
  /// The dots row by row, `width` to a row: true where set.
  let dots: [Bool]

  /// The glyph of `key` drawn by `bitmap`: rows of equal length, `#` for a set dot, `.` for a clear one.
  init(key: Character, bitmap: [String]) {
    self.key = key
    width = bitmap[0].count
    dots = bitmap.flatMap { row in row.map { $0 == "#" } }
  }

  /// Whether the dot in `row` and `column` is set.
  func isSet(row: Int, column: Int) -> Bool { dots[row * width + column] }
}
