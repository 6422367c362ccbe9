import EventState

/// What happened once a write committed, in one plain sentence ("Pinned to <topic>", "You're number
/// 3 in the open-mic queue", …) with what must be read at a glance — the personal code or the place
/// in the queue — in block letters under it, and a reminder when the card is not shown.
public struct ConfirmationView: View {
  /// What to confirm.
  public var confirmation: FlowConfirmation

  /// The view of `confirmation`.
  public init(confirmation: FlowConfirmation) {
    self.confirmation = confirmation
  }

  /// The screens for `width` columns, best first: the figure (code or place) in each size of block
  /// letters that fits, then plain text.
  func screens(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    switch confirmation {
    case .pinned(let topic, let code, let shown, let updated):
      var after: [FlowPiece] = [
        .gap(1),
        .paragraph("Your code: \(code) \(glyphs.dash) keep it to edit or remove your card with r", .text, width: width),
      ]
      if !shown { after += [.gap(1), .paragraph("Your card is not shown on the screens (you said No).", .muted, width: width)] }
      let headline = updated ? "Card updated" : "Pinned to \(topic)"
      return figured(headline, label: "Your personal code", figure: code, after: after, width: width, glyphs: glyphs)
    case .queued(let position):
      let after: [FlowPiece] = [.gap(1), .paragraph("Watch the open-mic screen for your turn.", .muted, width: width)]
      return figured("You're number \(position) in the open-mic queue", label: "Your place", figure: "\(position)", after: after, width: width, glyphs: glyphs)
    case .alreadyQueued(0):
      return [[.paragraph("You're on stage now!", .micLive, width: width)]]
    case .alreadyQueued(let position):
      return figured("You're already in the queue: number \(position)", label: "Your place", figure: "\(position)", after: [], width: width, glyphs: glyphs)
    case .deleted:
      return [[.paragraph("Your card was removed.", .micLive, width: width), .gap(1), .paragraph("Its details are gone from the event.", .muted, width: width)]]
    }
  }

  /// `headline`, then `figure` under its `label` (in block letters when it fits), then `after`.
  func figured(_ headline: String, label: String, figure: String, after: [FlowPiece], width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let top: [FlowPiece] = [.paragraph(headline, .micLive, width: width), .gap(1), .paragraph(label, .muted, width: width)]
    let big = BigText.everySize(figure, role: .paneCount, width: width, maxLines: 1, glyphs: glyphs).map { [FlowPiece.big($0)] }
    return (big + [[.lines([[Span(figure, .paneCount)]])]]).map { top + $0 + after }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    FlowColumn.best(screens(width: width, glyphs: context.glyphs), in: area, glyphs: context.glyphs)
      .render(in: area, into: &buffer, context: context)
  }
}
