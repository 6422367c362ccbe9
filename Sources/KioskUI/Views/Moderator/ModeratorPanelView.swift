import EventState

/// The unlocked moderator's panel: the view of its mode (the open-mic queue, wall moderation, an
/// announcement, go to a screen, quit, the audit log), what the last action did under it and, in
/// the queue view, why an edit of the event folder was rejected.
public struct ModeratorPanelView: View {
  /// The mode, the selection and the notice.
  public var panel: ModeratorPanel
  /// The shared state: queue, cards, rotation, announcements.
  public var live: LiveState
  /// The event: topics, fairness rules, time zone.
  public var event: EventConfig
  /// The end of the audit log, oldest first (for the log view).
  public var auditLog: [AuditEntry]
  /// Why the last edit of the event folder was rejected; empty when it loaded cleanly.
  public var folderWarnings: [String]

  /// The panel `panel` over `live` in `event`, with the audit log read so far and the folder's
  /// warnings.
  public init(panel: ModeratorPanel, live: LiveState, event: EventConfig, auditLog: [AuditEntry], folderWarnings: [String]) {
    self.panel = panel
    self.live = live
    self.event = event
    self.auditLog = auditLog
    self.folderWarnings = folderWarnings
  }

  /// Rows from which a blank row separates the mode's view from the lines under it.
  static let spacedHeight = 20

  /// `index` kept within `0..<count` (0 when empty), as the moderator's keys keep selections.
  static func clamp(_ index: Int, count: Int) -> Int { max(0, min(index, count - 1)) }

  /// The view of the current mode.
  var modeView: any View {
    switch panel.mode {
    case .queue: ModeratorQueueView(selection: panel.selection, live: live, settings: event.openMic, keys: ModeratorKeyHints.allKeys(for: .queue))
    case .wall(let wall): WallModerationView(wall: wall, cards: live.cards, topics: event.topics, timeZone: event.timeZone)
    case .announce(let form): AnnouncementFormView(form: form)
    case .goTo(let selection): GoToScreenView(selection: selection)
    case .confirmQuit: ConfirmQuitView()
    case .log(let offset): AuditLogView(entries: auditLog, offset: offset, timeZone: event.timeZone)
    }
  }

  /// The lines under the mode's view: the notice, then (in the queue view) the folder's warnings.
  func statusLines(width: Int, glyphs: GlyphSet) -> [[Span]] {
    let notice = panel.notice.map { [[Span($0, .paneCount)]] } ?? []
    guard case .queue = panel.mode else { return notice }
    return notice + FolderWarningLines.lines(folderWarnings, width: width, glyphs: glyphs)
  }

  /// Where the mode's view goes in `body` (the rows above the status lines): above a blank row when
  /// the body is tall and there are status lines, unless that row is the one the queue's Keys box
  /// lacks (so a notice after a key does not take the box away).
  func modeArea(in body: Rect, hasStatus: Bool, context: RenderContext) -> Rect {
    guard hasStatus, body.height > Self.spacedHeight else { return body }
    let spaced = body.splitBottom(1).rest
    guard let queue = modeView as? ModeratorQueueView else { return spaced }
    let keys = { (area: Rect) in queue.layout(in: area, now: context.now, glyphs: context.glyphs).keys != nil }
    return keys(spaced) || !keys(body) ? spaced : body
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let status = statusLines(width: area.width, glyphs: context.glyphs)
    let (body, bottom) = area.splitBottom(status.count)
    for (offset, line) in status.enumerated() {
      buffer.write(line, in: bottom, y: bottom.y + offset, ellipsis: context.glyphs.ellipsis)
    }
    modeView.render(in: modeArea(in: body, hasStatus: !status.isEmpty, context: context), into: &buffer, context: context)
  }
}
