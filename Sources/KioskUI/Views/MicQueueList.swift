import EventState

/// A boxed list of open-mic entries: who is up next (numbered, at most five, with their minutes and,
/// when there is room, their pitch) or who has spoken (greyed, most recent first).
public struct MicQueueList: View {
  /// Which list this is.
  public enum Kind: Sendable, Hashable {
    /// Who speaks next, numbered.
    case upNext
    /// Who has spoken, greyed.
    case done
  }

  /// Up next or done.
  public var kind: Kind
  /// The entries in speaking order (up next) or most recent first (done).
  public var entries: [OpenMicEntry]

  /// A list of `kind` over `entries`.
  public init(kind: Kind, entries: [OpenMicEntry]) {
    self.kind = kind
    self.entries = entries
  }

  /// Entries "Up next" shows at most.
  public static let upNextLimit = 5

  /// The list's lines for `height` rows.
  func lines(height: Int, glyphs: GlyphSet) -> [[Span]] {
    let separator = " \(glyphs.separator) "
    switch kind {
    case .done:
      let shown = entries.prefix(height)
      return shown.map { entry in
        [Span(entry.name, .micDone)] + (entry.pitch.isEmpty ? [] : [Span(" \(glyphs.dash) " + entry.pitch, .micDone)])
      }
    case .upNext:
      let wanted = min(Self.upNextLimit, entries.count)
      let twoLine = height >= 2 * wanted + (entries.count > wanted ? 1 : 0)
      let perEntry = twoLine ? 2 : 1
      var count = min(wanted, height / perEntry)
      if count < entries.count, count * perEntry + 1 > height { count = max(0, count - 1) }
      var lines: [[Span]] = []
      for (index, entry) in entries.prefix(count).enumerated() {
        let number = "\(index + 1). "
        var first = [Span(number, .micUpNext), Span(entry.name, .micUpNext), Span(separator + "\(entry.minutes) min", .muted)]
        if twoLine {
          lines.append(first)
          if !entry.pitch.isEmpty { lines.append([Span(String(repeating: " ", count: number.count) + entry.pitch, .muted)]) }
        } else {
          if !entry.pitch.isEmpty { first.append(Span(" \(glyphs.dash) " + entry.pitch, .muted)) }
          lines.append(first)
        }
      }
      if count < entries.count { lines.append([Span("+ \(entries.count - count) more waiting", .muted)]) }
      return lines
    }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let title = kind == .upNext ? "Up next" : "Done"
    let titleRole: StyleRole = kind == .upNext ? .paneTitle : .micDone
    Box(title: [Span(title, titleRole), Span(" \(context.glyphs.separator) \(entries.count)", .paneCount)])
      .render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    for (offset, line) in lines(height: content.height, glyphs: context.glyphs).enumerated() {
      buffer.write(line, in: content, y: content.y + offset, ellipsis: context.glyphs.ellipsis)
    }
  }
}
