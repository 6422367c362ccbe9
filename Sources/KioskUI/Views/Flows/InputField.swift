import EventState

/// The box an answer is typed into: the text with a cursor after it (the end of a long text, when
/// it does not fit), and a counter such as "23/80" in the bottom edge once most of the limit is used.
struct InputField: View {
  /// What has been typed.
  var input: TextInput

  /// A box showing `input`.
  init(_ input: TextInput) {
    self.input = input
  }

  /// Rows the box takes.
  static let height = 3

  /// The cursor drawn after the text.
  static func cursor(glyphs: GlyphSet) -> String { glyphs == .ascii ? "_" : "█" }

  /// "23/80" once more than 70 % of the limit is used (always at the limit), otherwise nil.
  var counter: String? {
    let used = input.text.count
    guard input.isFull || used * 10 > input.limit * 7 else { return nil }
    return "\(used)/\(input.limit)"
  }

  /// The part of `text` shown in `columns` columns: all of it when it fits, otherwise its end after
  /// `ellipsis`.
  static func visibleTail(of text: String, columns: Int, ellipsis: String) -> String {
    guard DisplayWidth.of(text) > columns else { return text }
    let room = columns - DisplayWidth.of(ellipsis)
    guard room > 0 else { return "" }
    var tail = "", used = 0
    for character in text.reversed() {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      tail.insert(character, at: tail.startIndex)
      used += w
    }
    return ellipsis + tail
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let box = area.splitTop(Self.height).top
    guard box.height == Self.height, box.width >= 6 else { return }
    let note = counter.map { [Span($0, input.isFull ? .warning : .muted)] } ?? []
    Box(footnote: note).render(in: box, into: &buffer, context: context)
    let content = Box.content(of: box)
    let cursor = Self.cursor(glyphs: context.glyphs)
    let shown = Self.visibleTail(of: input.text, columns: content.width - DisplayWidth.of(cursor), ellipsis: context.glyphs.ellipsis)
    let end = buffer.write(shown, x: content.x, y: content.y, role: .text, maxX: content.maxX)
    buffer.write(cursor, x: end, y: content.y, role: .paneTitle, maxX: content.maxX)
  }
}
