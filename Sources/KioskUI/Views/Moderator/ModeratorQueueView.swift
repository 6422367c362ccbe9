import EventState
import Foundation

/// The moderator's open-mic queue: "Moderator" with the status (rotation paused on every display
/// or running, the announcement up), the live speaker, the waiting list in the order the moderator
/// arranges (the selected entry highlighted, and who speaks next when the event's fairness rules
/// pick someone else than the first), and who has spoken with their speaking time. The two lists
/// sit side by side on wide screens. Under them, when they keep every row they ask for, a box lists
/// every key of the queue with its full label.
struct ModeratorQueueView: View {
  /// The selected waiting entry, as an index into `live.waiting`.
  var selection: Int
  /// The shared state: queue, rotation, announcements.
  var live: LiveState
  /// The event's fairness rules.
  var settings: OpenMicSettings
  /// The keys of the queue, for the Keys box.
  var keys: [KeyHint]

  /// Columns from which the waiting and finished lists sit side by side.
  static let sideBySideWidth = 100
  /// Rows from which the title and the status take a row each (one row below).
  static let roomyHeight = 16
  /// Rows from which the live time is drawn in block letters, with a blank row above the live box
  /// and another under it.
  static let bigClockHeight = 30

  /// The rotation and the announcement up at `now`: "Rotation paused on every display · Announcement:
  /// Pizza has arrived (+1)".
  func status(at now: Date, glyphs: GlyphSet) -> [Span] {
    let rotation = live.control.rotationPaused ? Span("Rotation paused on every display", .warning) : Span("Rotation running", .muted)
    let active = live.announcements.filter { $0.isActive(at: now) }
    guard let first = active.first else { return [rotation] }
    let more = active.count > 1 ? [Span(" (+\(active.count - 1))", .muted)] : []
    return [rotation, Span(" \(glyphs.separator) Announcement: ", .muted), Span(first.text, .text)] + more
  }

  /// The title and status lines: one line on short screens.
  func header(rows: Int, now: Date, glyphs: GlyphSet) -> [[Span]] {
    let title = Span("Moderator", .paneTitle)
    guard rows >= Self.roomyHeight else { return [[title, Span(" \(glyphs.separator) ", .muted)] + status(at: now, glyphs: glyphs)] }
    return [[title], status(at: now, glyphs: glyphs)]
  }

  /// Who speaks next when the fairness rules pick someone else than the first by position.
  var nextByTheRules: OpenMicEntry? {
    guard settings.noRepeatInARow || settings.firstTimersFirst, let next = live.upNext(settings).first else { return nil }
    return next.id == live.waiting.first?.id ? nil : next
  }

  /// The waiting entries, numbered by position: "1. Tom Becker · 2 min — Looking for beta testers".
  func waitingItems(glyphs: GlyphSet) -> [[Span]] {
    live.waiting.enumerated().map { index, entry in
      [Span("\(index + 1). ", .paneCount), Span(entry.name, .micUpNext), Span(" \(glyphs.separator) \(entry.minutes) min", .muted)]
        + (entry.pitch.isEmpty ? [] : [Span(" \(glyphs.dash) \(entry.pitch)", .muted)])
    }
  }

  /// Rows the waiting box asks for: every entry (one row when empty) and the rules' note.
  var waitingWanted: Int { 2 + max(1, live.waiting.count) + (nextByTheRules == nil ? 0 : 1) }

  /// Rows the box of who has spoken asks for.
  var doneWanted: Int { 2 + max(1, live.finished.count) }

  /// The boxed waiting list, the selected entry kept in view.
  func renderWaiting(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let waiting = live.waiting
    Box(title: [Span("Waiting", .paneTitle), Span(" \(glyphs.separator) \(waiting.count)", .paneCount)]).render(in: area, into: &buffer, context: context)
    var content = Box.content(of: area)
    if let next = nextByTheRules, content.height >= 2 {
      let note = [Span("Next by the rules: ", .muted), Span(next.name, .micUpNext)]
      buffer.write(note, in: content, y: content.maxY - 1, ellipsis: glyphs.ellipsis)
      content = content.splitBottom(1).rest
    }
    let selected = waiting.isEmpty ? nil : ModeratorPanelView.clamp(selection, count: waiting.count)
    ChoiceList(items: waitingItems(glyphs: glyphs), selected: selected, rows: content.height, empty: [Span("Nobody is waiting", .muted)])
      .render(in: content, into: &buffer, context: context)
  }

  /// The boxed list of who has spoken, most recent first, with the time each spoke.
  func renderDone(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let finished = live.finished
    Box(title: [Span("Done", .micDone), Span(" \(glyphs.separator) \(finished.count)", .paneCount)]).render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    guard !finished.isEmpty else {
      buffer.write("Nobody has spoken yet", role: .muted, in: content, y: content.y, ellipsis: glyphs.ellipsis)
      return
    }
    let shown = finished.count > content.height ? max(0, content.height - 1) : finished.count
    for (row, entry) in finished.prefix(shown).enumerated() {
      let spoken = ClockText.minutesSeconds(Int(entry.spokenSeconds(at: context.now).rounded()))
      buffer.write([Span(entry.name, .micDone), Span(" \(glyphs.separator) spoke \(spoken)", .muted)], in: content, y: content.y + row, ellipsis: glyphs.ellipsis)
    }
    if shown < finished.count {
      buffer.write("+ \(finished.count - shown) more", role: .muted, in: content, y: content.y + shown, ellipsis: glyphs.ellipsis)
    }
  }

  /// The waiting and done boxes in `area`: side by side when wide, otherwise the waiting list first
  /// with what it asks for (leaving the done box three rows when it can), the done box under it.
  func renderLists(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    if area.width >= Self.sideBySideWidth {
      let left = Rect(x: area.x, y: area.y, width: area.width * 3 / 5, height: area.height)
      let right = Rect(x: left.maxX + 1, y: area.y, width: area.maxX - left.maxX - 1, height: area.height)
      renderWaiting(in: left.splitTop(waitingWanted).top, into: &buffer, context: context)
      renderDone(in: right.splitTop(doneWanted).top, into: &buffer, context: context)
      return
    }
    let leastWaiting = 2 + min(max(1, live.waiting.count), 3) + (nextByTheRules == nil ? 0 : 1)
    let waitingRows: Int
    if area.height >= waitingWanted + 3 {
      waitingRows = waitingWanted
    } else if area.height - 3 >= leastWaiting {
      waitingRows = area.height - 3
    } else {
      waitingRows = area.height
    }
    let (waiting, rest) = area.splitTop(waitingRows)
    renderWaiting(in: waiting, into: &buffer, context: context)
    if rest.height >= 3 { renderDone(in: rest.splitTop(doneWanted).top, into: &buffer, context: context) }
  }

  /// Rows the lists ask for in `width` columns: the taller of the two side by side, or both stacked.
  func listsWanted(width: Int) -> Int {
    width >= Self.sideBySideWidth ? max(waitingWanted, doneWanted) : waitingWanted + doneWanted
  }

  /// The live box, with the time in block letters on tall screens.
  func liveBox(rows: Int) -> LiveSpeakerBox {
    LiveSpeakerBox(speaker: live.liveSpeaker, next: live.upNext(settings).first, bigClock: rows >= Self.bigClockHeight)
  }

  /// Where the parts go in `area`: the header's rows, the live box under them, the lists, and the
  /// Keys box under the lists (nil when the lists would lose a row they ask for). On tall screens a
  /// blank row separates the header, the live box, the lists and the Keys box.
  func layout(in area: Rect, now: Date, glyphs: GlyphSet) -> (header: Rect, live: Rect, lists: Rect, keys: Rect?) {
    let gap = area.height >= Self.bigClockHeight ? 1 : 0
    let (header, below) = area.splitTop(header(rows: area.height, now: now, glyphs: glyphs).count)
    let (live, rest) = below.splitTop(gap).rest.splitTop(liveBox(rows: area.height).height(width: area.width, now: now, glyphs: glyphs))
    let lists = rest.splitTop(gap).rest
    let wanted = listsWanted(width: lists.width)
    guard let keysHeight = ModeratorKeysBox(hints: keys).height(width: lists.width), lists.height >= wanted + gap + keysHeight else {
      return (header, live, lists, nil)
    }
    let (shortLists, under) = lists.splitTop(wanted)
    return (header, live, shortLists, under.splitTop(gap).rest.splitTop(keysHeight).top)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let parts = layout(in: area, now: context.now, glyphs: glyphs)
    for (offset, line) in header(rows: area.height, now: context.now, glyphs: glyphs).enumerated() {
      buffer.write(line, in: parts.header, y: parts.header.y + offset, ellipsis: glyphs.ellipsis)
    }
    liveBox(rows: area.height).render(in: parts.live, into: &buffer, context: context)
    renderLists(in: parts.lists, into: &buffer, context: context)
    if let keysArea = parts.keys { ModeratorKeysBox(hints: keys).render(in: keysArea, into: &buffer, context: context) }
  }
}
