import EventState

/// The open-mic board: who is speaking (with the countdown), who is up next (in the order they will
/// speak, the event's fairness rules applied) and who has spoken; side by side on a wide screen,
/// stacked on a narrow or portrait one. With nobody queued it invites people to pitch. It is the
/// rotation's open-mic screen, and the board that takes over every display while someone is live.
public struct OpenMicScreen: View {
  /// The shared state holding the queue.
  public var live: LiveState
  /// The event's open-mic rules, which decide who is up next.
  public var settings: OpenMicSettings

  /// The board for the queue in `live`, ordered by `settings`.
  public init(live: LiveState, settings: OpenMicSettings) {
    self.live = live
    self.settings = settings
  }

  /// Rows the "Up next" box needs for `waiting` entries (at most five, one line each).
  static func upNextHeight(_ waiting: Int) -> Int { 2 + max(1, min(MicQueueList.upNextLimit, waiting) + (waiting > MicQueueList.upNextLimit ? 1 : 0)) }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let (titleRow, rest) = area.splitTop(1)
    let content = rest.splitTop(rest.height >= 20 ? 1 : 0).rest
    let waiting = live.upNext(settings), done = live.finished
    ScreenTitleBar(
      title: [Span("Open mic", .paneTitle)],
      status: [Span(waiting.count == 1 ? "1 waiting" : "\(waiting.count) waiting", .paneCount)]
    ).render(in: titleRow, into: &buffer, context: context)
    guard live.liveSpeaker != nil || !waiting.isEmpty else {
      renderInvitation(in: content, done: done, into: &buffer, context: context)
      return
    }
    let gap = content.width >= 60 ? 2 : 1
    let main: Rect, side: Rect
    if content.width >= 70, content.width >= 2 * content.height {
      let mainWidth = (content.width - gap) * 3 / 5
      main = Rect(x: content.x, y: content.y, width: mainWidth, height: content.height)
      side = Rect(x: main.maxX + gap, y: content.y, width: content.maxX - main.maxX - gap, height: content.height)
    } else {
      let mainHeight = max(4, min(content.height - Self.upNextHeight(waiting.count) - 1, max(12, content.height * 45 / 100)))
      main = content.splitTop(mainHeight).top
      side = content.splitTop(mainHeight + 1).rest
    }
    NowSpeakingPanel(speaker: live.liveSpeaker, next: waiting.first).render(in: main, into: &buffer, context: context)
    renderLists(in: side, waiting: waiting, done: done, into: &buffer, context: context)
  }

  /// "Up next" on top (two lines per entry when there is room), "Done" below it when there is room.
  func renderLists(in area: Rect, waiting: [OpenMicEntry], done: [OpenMicEntry], into buffer: inout CellBuffer, context: RenderContext) {
    let compact = Self.upNextHeight(waiting.count)
    let roomy = 2 * compact - 2
    let doneRoom = done.isEmpty ? 0 : 4
    let upNextHeight = area.height >= roomy + doneRoom ? roomy : min(area.height, compact)
    let (top, bottom) = area.splitTop(upNextHeight)
    MicQueueList(kind: .upNext, entries: waiting).render(in: top, into: &buffer, context: context)
    let doneArea = bottom.splitTop(1).rest
    if !done.isEmpty, doneArea.height >= 3 {
      let shown = Rect(x: doneArea.x, y: doneArea.y, width: doneArea.width, height: min(doneArea.height, done.count + 2))
      MicQueueList(kind: .done, entries: done).render(in: shown, into: &buffer, context: context)
    }
  }

  /// How to join when the queue is empty, with who has spoken below when there is room.
  func renderInvitation(in area: Rect, done: [OpenMicEntry], into buffer: inout CellBuffer, context: RenderContext) {
    var invitation = area
    if !done.isEmpty, area.height >= 14 {
      let doneHeight = min(done.count + 2, area.height / 3)
      let (top, bottom) = area.splitBottom(doneHeight)
      invitation = top
      MicQueueList(kind: .done, entries: done).render(in: bottom, into: &buffer, context: context)
    }
    let heading = "Want to pitch?"
    let text = [[Span("Ask the moderator to add you to the open-mic queue.", .tipText)], [Span("Up to five minutes: an idea, a project, a question.", .muted)]]
    let big = BigText.fitting(
      heading, role: .paneTitle, width: invitation.width, height: invitation.height - text.count - 2, maxLines: 2, glyphs: context.glyphs)
    let stacks = [
      big.map { VerticalStack([.big($0), .gap(2), .lines(text)]) },
      VerticalStack([.lines([[Span(heading, .paneTitle)]]), .gap(1), .lines(text)]),
    ].compactMap { $0 }
    if let stack = stacks.first(where: { $0.fits(invitation) }) {
      stack.render(in: invitation, into: &buffer, context: context)
    } else {
      CenteredMessage([Span(heading, .paneTitle), Span("Ask the moderator to add you to the open-mic queue.", .tipText)])
        .render(in: invitation, into: &buffer, context: context)
    }
  }
}
