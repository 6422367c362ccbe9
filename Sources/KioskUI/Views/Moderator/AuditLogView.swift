import EventState
import Foundation

/// The audit log, newest at the bottom: the time (in the event's time zone), who acted, what and
/// the detail. On wide screens each entry takes a row in columns; on narrow ones the actor goes on
/// a second, muted row. `offset` scrolls back from the end, and the title says what lies beyond.
struct AuditLogView: View {
  /// The end of the log, oldest first.
  var entries: [AuditEntry]
  /// Entries scrolled back from the newest.
  var offset: Int
  /// The event's time zone.
  var timeZone: TimeZone

  /// Columns from which each entry takes one row.
  static let oneRowWidth = 100
  /// Widest the actor and action columns get.
  static let actorWidth = 30, actionWidth = 16

  /// "18:42:05": hours, minutes and seconds of `date` in `timeZone`.
  static func time(_ date: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
    return [parts.hour, parts.minute, parts.second].map { ClockText.twoDigits($0 ?? 0) }.joined(separator: ":")
  }

  /// `text` cut to `columns` and padded with spaces to exactly that width.
  static func column(_ text: String, _ columns: Int, ellipsis: String) -> String {
    let fitted = TextFitting.truncate(text, to: columns, ellipsis: ellipsis)
    return fitted + String(repeating: " ", count: max(0, columns - DisplayWidth.of(fitted)))
  }

  /// The entry that is newest on screen, as an index past it: `offset` back from the end.
  var end: Int { max(0, entries.count - max(0, offset)) }

  /// The lines of the entries ending at `end`, as many as fit `rows` rows of `width` columns.
  func lines(rows: Int, width: Int, glyphs: GlyphSet) -> (lines: [[Span]], first: Int) {
    let oneRow = width >= Self.oneRowWidth
    let count = min(end, oneRow ? rows : rows / 2)
    let shown = entries[(end - count)..<end]
    let actorWidth = min(Self.actorWidth, shown.map { DisplayWidth.of($0.actor) }.max() ?? 0)
    let actionWidth = min(Self.actionWidth, shown.map { DisplayWidth.of($0.action) }.max() ?? 0)
    let lines = shown.flatMap { entry -> [[Span]] in
      let time = Span(Self.time(entry.at, timeZone: timeZone) + "  ", .muted)
      let detail = Span(entry.detail, .text)
      guard oneRow else {
        let indent = String(repeating: " ", count: DisplayWidth.of(time.text))
        return [[time, Span(entry.action, .paneCount), Span("  ", .text), detail], [Span(indent + entry.actor, .muted)]]
      }
      return [[
        time, Span(Self.column(entry.actor, actorWidth, ellipsis: glyphs.ellipsis) + "  ", .muted),
        Span(Self.column(entry.action, actionWidth, ellipsis: glyphs.ellipsis) + "  ", .paneCount), detail,
      ]]
    }
    return (lines, end - count)
  }

  /// "Audit log · 120 entries · 12 older above · 3 newer below".
  func header(first: Int, glyphs: GlyphSet) -> [Span] {
    let separator = " \(glyphs.separator) "
    let newer = entries.count - end
    return [Span("Audit log", .paneTitle), Span(separator + (entries.count == 1 ? "1 entry" : "\(entries.count) entries"), .paneCount)]
      + (first > 0 ? [Span("\(separator)\(first) older above", .muted)] : [])
      + (newer > 0 ? [Span("\(separator)\(newer) newer below", .muted)] : [])
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let body = area.splitTop(1).rest
    let (lines, first) = lines(rows: body.height, width: body.width, glyphs: glyphs)
    buffer.write(header(first: first, glyphs: glyphs), in: area, y: area.y, ellipsis: glyphs.ellipsis)
    guard !entries.isEmpty else {
      buffer.write("Nothing in the audit log yet", role: .muted, in: body, y: body.y, ellipsis: glyphs.ellipsis)
      return
    }
    for (offset, line) in lines.enumerated() {
      buffer.write(line, in: body, y: body.y + offset, ellipsis: glyphs.ellipsis)
    }
  }
}
