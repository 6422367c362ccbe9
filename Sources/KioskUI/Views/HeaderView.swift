import EventState

/// The header bar: event name and venue on the left, "Now: <agenda item>" and the clock on the right.
/// When narrow it drops the venue, then shortens and drops the agenda item, and finally shortens the
/// name; the clock always stays. The text sits on the middle row of the area it is given.
public struct HeaderView: View {
  /// The event: name, venue and agenda.
  public var event: EventConfig

  /// The header of `event`.
  public init(event: EventConfig) {
    self.event = event
  }

  /// Columns kept free between the left and the right part.
  static let gap = 3
  /// The agenda item is shortened to no less than this before it is dropped.
  static let shortestAgenda = 12

  /// The left and right parts of the header line for `width` columns.
  func parts(width: Int, context: RenderContext) -> (left: [Span], right: [Span]) {
    let separator = " \(context.glyphs.separator) "
    let clock = [Span(ClockText.hoursMinutes(context.now, timeZone: context.timeZone), .headerAccent)]
    let name = [Span(event.name, .header)]
    guard let item = event.agendaItem(at: context.now) else {
      let venue = event.venue.isEmpty ? [] : [Span(separator + event.venue, .header)]
      return Span.width(of: name + venue + clock) + Self.gap <= width ? (name + venue, clock) : (name, clock)
    }
    let agenda = "Now: \(item.title)"
    func right(_ text: String) -> [Span] { [Span(text, .headerAccent), Span(separator, .header)] + clock }
    let venue = event.venue.isEmpty ? [] : [Span(separator + event.venue, .header)]
    if Span.width(of: name + venue + right(agenda)) + Self.gap <= width { return (name + venue, right(agenda)) }
    let agendaRoom = width - Span.width(of: name + right("")) - Self.gap
    if agendaRoom >= DisplayWidth.of(agenda) { return (name, right(agenda)) }
    if agendaRoom >= Self.shortestAgenda {
      return (name, right(TextFitting.truncate(agenda, to: agendaRoom, ellipsis: context.glyphs.ellipsis)))
    }
    return (name, clock)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    buffer.fill(area, role: .header)
    let line = area.inset(dx: area.width >= 60 ? 2 : 1)
    let row = area.y + area.height / 2
    let (left, right) = parts(width: line.width, context: context)
    let ellipsis = context.glyphs.ellipsis
    buffer.write(right, in: line, y: row, alignment: .trailing, ellipsis: ellipsis)
    let leftEnd = line.maxX - Span.width(of: right) - Self.gap
    buffer.write(left, x: line.x, y: row, maxX: leftEnd, ellipsis: ellipsis)
  }
}
