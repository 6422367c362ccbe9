import EventState

/// A write on its way to the store: "Saving…" and what is being saved; when it failed, "Not saved",
/// the reason and how to go on (Enter tries again, Esc goes back with every answer kept).
public struct SavingView: View {
  /// The write and its last failure, if any.
  public var saving: Saving

  /// The view of `saving`.
  public init(saving: Saving) {
    self.saving = saving
  }

  /// What is being saved, in words.
  var what: String {
    switch saving.mutation.change {
    case .pin: "Pinning your card"
    case .update: "Updating your card"
    case .delete: "Removing your card"
    case .enqueue: "Adding you to the open-mic queue"
    default: "Saving your change"  // attendee flows save only the changes above
    }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let width = FlowColumn.width(in: area)
    let screens: [[FlowPiece]]
    if let failure = saving.failure {
      let body: [FlowPiece] = [
        .paragraph(failure, .warning, width: width),
        .gap(1),
        .lines([[Span("Enter", .paneCount), Span(" try again \(glyphs.separator) ", .text), Span("Esc", .paneCount), Span(" back", .text)]]),
      ]
      screens = FlowHeading(progress: what, question: "Not saved", role: .warning).screens(over: body, width: width, glyphs: glyphs)
    } else {
      let dots = glyphs == .ascii ? "..." : "…"
      let big = BigText.everySize("Saving...", role: .paneTitle, width: width, maxLines: 1, glyphs: glyphs).map { [FlowPiece.big($0)] }
      screens = (big + [[.paragraph("Saving\(dots)", .paneTitle, width: width)]]).map { $0 + [.gap(1), .paragraph(what, .muted, width: width)] }
    }
    FlowColumn.best(screens, in: area, glyphs: glyphs).render(in: area, into: &buffer, context: context)
  }
}
