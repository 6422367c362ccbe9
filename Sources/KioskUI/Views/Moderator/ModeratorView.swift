import EventState

/// Moderator mode in the body of the kiosk screen (or of a moderator's console): the PIN prompt,
/// or once unlocked the moderator's panel.
public struct ModeratorView: View {
  /// The prompt or the panel.
  public var session: ModeratorSession
  /// The shared state: queue, cards, rotation, announcements, the PIN lockout.
  public var live: LiveState
  /// The event: whether it has a PIN, topics, fairness rules, time zone.
  public var event: EventConfig
  /// The end of the audit log, oldest first.
  public var auditLog: [AuditEntry]
  /// Why the last edit of the event folder was rejected; empty when it loaded cleanly.
  public var folderWarnings: [String]

  /// The view of `session` over `live` in `event`, with the audit log read so far and the folder's
  /// warnings.
  public init(session: ModeratorSession, live: LiveState, event: EventConfig, auditLog: [AuditEntry], folderWarnings: [String]) {
    self.session = session
    self.live = live
    self.event = event
    self.auditLog = auditLog
    self.folderWarnings = folderWarnings
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    switch session {
    case .prompt(let prompt):
      PinPromptView(prompt: prompt, lockout: live.lockout, hasPIN: event.moderatorPIN != nil).render(in: area, into: &buffer, context: context)
    case .unlocked(let panel):
      ModeratorPanelView(panel: panel, live: live, event: event, auditLog: auditLog, folderWarnings: folderWarnings)
        .render(in: area, into: &buffer, context: context)
    }
  }
}
