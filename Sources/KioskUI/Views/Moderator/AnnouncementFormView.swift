import EventState

/// Writing an announcement, in two steps: the text typed into a box (the minutes it will stay
/// greyed under it), then the minutes as "[ 5 ] minutes" under the text as it will read.
struct AnnouncementFormView: View {
  /// The text, the minutes and which of them is being filled in.
  var form: AnnouncementForm

  /// "Moderator · announcement · step 1 of 2".
  func progress(glyphs: GlyphSet) -> String {
    let number = form.step == .text ? 1 : 2
    return "Moderator \(glyphs.separator) announcement \(glyphs.separator) step \(number) of 2"
  }

  /// "for 5 minutes" (1 minute).
  var duration: String { form.minutes == 1 ? "1 minute" : "\(form.minutes) minutes" }

  /// The screens for a column `width` wide, best first.
  func screens(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let range = AnnouncementForm.minutesRange
    switch form.step {
    case .text:
      let heading = FlowHeading(progress: progress(glyphs: glyphs), question: "Announcement", detail: "One line, shown as a banner on every display")
      let next = FlowPiece.paragraph("Next: for how long (\(duration) unless you change it)", .muted, width: width)
      return heading.screens(over: [.field(InputField(form.text)), .gap(1), next], width: width, glyphs: glyphs)
    case .minutes:
      let heading = FlowHeading(progress: progress(glyphs: glyphs), question: "For how many minutes?")
      let minutes: [Span] = [Span("[ \(form.minutes) ]", .screenActive), Span(form.minutes == 1 ? " minute" : " minutes", .muted)]
      let body: [FlowPiece] = [
        .paragraph(form.text.trimmed, .text, width: width), .gap(1), .lines([minutes]),
        .paragraph("↑/↓ or type \(range.lowerBound)–\(range.upperBound)", .muted, width: width),
      ]
      return heading.screens(over: body, width: width, glyphs: glyphs)
    }
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    FlowColumn.best(screens(width: width, glyphs: context.glyphs), in: area, glyphs: context.glyphs)
      .render(in: area, into: &buffer, context: context)
  }
}
