/// Why the last edit of the event folder was rejected, told discreetly to the moderator: at most two
/// lines, each problem cut to fit, the last line ending in "· last good version kept" (and how many
/// more problems there are).
enum FolderWarningLines {
  /// Most lines the warnings take.
  static let maxLines = 2

  /// The lines for `warnings` in `width` columns; none when the folder loaded cleanly.
  static func lines(_ warnings: [String], width: Int, glyphs: GlyphSet) -> [[Span]] {
    guard !warnings.isEmpty else { return [] }
    let shown = warnings.prefix(maxLines)
    let more = warnings.count - shown.count
    let separator = " \(glyphs.separator) "
    let tail = Span((more > 0 ? "\(separator)+\(more) more" : "") + "\(separator)last good version kept", .muted)
    return shown.enumerated().map { index, warning in
      guard index == shown.count - 1 else { return [Span(warning, .warning)] }
      let room = width - DisplayWidth.of(tail.text)
      guard room >= 10 else { return Span.fitted([Span(warning, .warning), tail], to: width, ellipsis: glyphs.ellipsis) }
      return [Span(TextFitting.truncate(warning, to: room, ellipsis: glyphs.ellipsis), .warning), tail]
    }
  }
}
