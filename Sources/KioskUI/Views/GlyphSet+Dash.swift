extension GlyphSet {
  /// Separates a name from what follows it ("Ada Quill — Partner · Northwind"): an em dash, or a
  /// hyphen with ASCII glyphs.
  var dash: String { self == .ascii ? "-" : "—" }
}
