import EventState

extension DisplayCard {
  /// "Title · Company" (or whichever is present), separated by the glyph set's separator.
  func role(glyphs: GlyphSet) -> String {
    [title, company].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
  }
}
