import EventState
import Foundation

/// The moderator's box of the live speaker: the time left (or over) with "paused" while the
/// moderator holds the timer and the slot granted, then the name and pitch; the time in block
/// letters when there is room. With nobody live it says who `n` puts on.
struct LiveSpeakerBox: View {
  /// The live speaker, if any.
  var speaker: OpenMicEntry?
  /// Who `n` puts on next (the first by the event's rules), if anyone waits.
  var next: OpenMicEntry?
  /// Whether the time may be drawn in block letters.
  var bigClock: Bool

  /// "6 min slot", with what was asked for when the moderator changed it: "6 min slot (asked 5)".
  static func slot(_ entry: OpenMicEntry) -> String {
    let seconds = entry.slotSeconds
    let granted = seconds % 60 == 0 ? "\(seconds / 60) min" : ClockText.minutesSeconds(seconds)
    return "\(granted) slot" + (entry.extraSeconds == 0 ? "" : " (asked \(entry.minutes))")
  }

  /// The line under the time: "left" or "over" (or the whole time when `withClock`), "paused" while
  /// the timer is held, and the slot.
  static func timeLine(_ entry: OpenMicEntry, withClock: Bool, now: Date, glyphs: GlyphSet) -> [Span] {
    let separator = Span(" \(glyphs.separator) ", .muted)
    var spans: [Span] = []
    if let countdown = MicCountdown(entry: entry, now: now) {
      spans = [Span(withClock ? countdown.text : countdown.caption, countdown.role), separator]
    }
    if entry.isTimerPaused { spans += [Span("paused", .warning), separator] }
    return spans + [Span(slot(entry), .muted)]
  }

  /// The name, then the pitch after a dash.
  static func nameLine(_ entry: OpenMicEntry, glyphs: GlyphSet) -> [Span] {
    [Span(entry.name, .micLive)] + (entry.pitch.isEmpty ? [] : [Span(" \(glyphs.dash) \(entry.pitch)", .micPitch)])
  }

  /// The time in block letters for `width` columns, when allowed and it fits: large or compact
  /// (the huge size is for the public board across the room, not the moderator at the keyboard).
  func clock(width: Int, now: Date, glyphs: GlyphSet) -> BigText? {
    guard bigClock, let speaker, let countdown = MicCountdown(entry: speaker, now: now) else { return nil }
    return BigText.sizes(for: glyphs).filter { $0 != .huge }.lazy
      .compactMap { BigText.wrapped(countdown.clock, size: $0, role: countdown.role, width: width, maxLines: 1, alignment: .leading) }
      .first
  }

  /// Rows the box takes in `width` columns.
  func height(width: Int, now: Date, glyphs: GlyphSet) -> Int {
    guard speaker != nil else { return 3 }
    return 4 + (clock(width: width - 4, now: now, glyphs: glyphs).map { $0.height + 1 } ?? 0)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    Box(title: [Span("Live", .micLive)]).render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    guard let speaker else {
      let hint = next.map { [Span(" \(glyphs.separator) ", .muted), Span("n", .paneCount), Span(" puts ", .muted), Span($0.name, .micUpNext), Span(" on", .muted)] } ?? []
      buffer.write([Span("Nobody is live", .muted)] + hint, in: content, y: content.y, ellipsis: glyphs.ellipsis)
      return
    }
    let ellipsis = glyphs.ellipsis
    if let clock = clock(width: content.width, now: context.now, glyphs: glyphs), content.height >= clock.height + 3 {
      buffer.write(Self.nameLine(speaker, glyphs: glyphs), in: content, y: content.y, ellipsis: ellipsis)
      clock.render(in: Rect(x: content.x, y: content.y + 2, width: content.width, height: clock.height), into: &buffer, context: context)
      buffer.write(Self.timeLine(speaker, withClock: false, now: context.now, glyphs: glyphs), in: content, y: content.y + 2 + clock.height, ellipsis: ellipsis)
    } else {
      buffer.write(Self.timeLine(speaker, withClock: true, now: context.now, glyphs: glyphs), in: content, y: content.y, ellipsis: ellipsis)
      buffer.write(Self.nameLine(speaker, glyphs: glyphs), in: content, y: content.y + 1, ellipsis: ellipsis)
    }
  }
}
