import EventState

/// A piece of an attendee-flow screen. `FlowColumn` stacks pieces one under the other.
enum FlowPiece {
  /// Block letters: a question, a code, a name.
  case big(BigText)
  /// Lines of text (already wrapped to the column), each centred in it.
  case lines([[Span]])
  /// A list to choose from.
  case choices(ChoiceList)
  /// The box being typed into.
  case field(InputField)
  /// A card in a box, as it appears on the screens.
  case card(DisplayCard)
  /// Blank rows.
  case gap(Int)

  /// `text` in `role`, wrapped to `width`.
  static func paragraph(_ text: String, _ role: StyleRole, width: Int) -> FlowPiece {
    .lines(TextFitting.wrap(text, to: width).map { [Span($0, role)] })
  }

  /// The problem with the current answer in the warning role, wrapped to `width`; one blank row
  /// when there is none, so that the screen does not jump when one appears.
  static func problem(_ text: String?, width: Int) -> FlowPiece {
    guard let text else { return .lines([[]]) }
    return .paragraph(text, .warning, width: width)
  }

  /// Widest a card is drawn.
  static let cardWidth = 72

  /// Rows the piece asks for in a column `width` wide.
  func wantedHeight(width: Int, glyphs: GlyphSet) -> Int {
    switch self {
    case .big(let text): text.height
    case .lines(let lines): lines.count
    case .choices(let list): list.rows
    case .field: InputField.height
    case .card(let card): CardView(card: card).lines(width: min(width, Self.cardWidth) - 4, height: 100, glyphs: glyphs).count + 2
    case .gap(let rows): rows
    }
  }

  /// Fewest rows the piece can do with: gaps close, lists show one row, cards their first line.
  func leastHeight(width: Int, glyphs: GlyphSet) -> Int {
    switch self {
    case .choices(let list): min(1, list.rows)
    case .card: min(3, wantedHeight(width: width, glyphs: glyphs))
    case .gap: 0
    default: wantedHeight(width: width, glyphs: glyphs)
    }
  }

  /// Draws the piece into `area`.
  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    switch self {
    case .big(let text):
      text.render(in: area, into: &buffer, context: context)
    case .lines(let lines):
      for (offset, line) in lines.prefix(area.height).enumerated() {
        buffer.write(line, in: area, y: area.y + offset, alignment: .center, ellipsis: context.glyphs.ellipsis)
      }
    case .choices(let list):
      list.render(in: area, into: &buffer, context: context)
    case .field(let field):
      field.render(in: area, into: &buffer, context: context)
    case .card(let card):
      CardView(card: card).render(in: area.centered(width: min(area.width, Self.cardWidth), height: area.height), into: &buffer, context: context)
    case .gap:
      break
    }
  }
}
