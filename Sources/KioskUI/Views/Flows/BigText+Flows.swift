extension BigText {
  /// Whether the block-letter font has every character of `text`: a name in another script reads
  /// better as plain text than as small letters scattered between blocks.
  static func draws(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { BigFont.key(for: $0) != nil }
  }

  /// `text` in block letters at every size allowed with `glyphs` that fits `width` in at most
  /// `maxLines` lines, largest first; none when the font cannot draw it.
  static func everySize(_ text: String, role: StyleRole, width: Int, maxLines: Int, glyphs: GlyphSet) -> [BigText] {
    guard draws(text) else { return [] }
    return sizes(for: glyphs).compactMap { wrapped(text, size: $0, role: role, width: width, maxLines: maxLines) }
  }
}
