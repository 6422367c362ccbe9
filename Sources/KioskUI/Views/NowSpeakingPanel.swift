import EventState

/// The open mic's main pane: the live speaker's name (in block letters when it fits), pitch and
/// countdown; or, between speakers, who is next.
public struct NowSpeakingPanel: View {
  /// The live speaker, if any.
  public var speaker: OpenMicEntry?
  /// The first one waiting, shown between speakers.
  public var next: OpenMicEntry?

  /// The panel for `speaker`, or for the pause before `next`.
  public init(speaker: OpenMicEntry?, next: OpenMicEntry?) {
    self.speaker = speaker
    self.next = next
  }

  /// Sizes of the name and the countdown to try, best first (nil: plain text). The countdown grows
  /// first: the speaker reads it from the stage.
  static let sizes: [(name: BigText.Size?, clock: BigText.Size?)] = [
    (.huge, .huge), (.large, .huge), (.large, .large), (.compact, .large), (.compact, .compact),
    (nil, .compact), (nil, nil),
  ]

  /// The stack for `speaker` with the name and countdown at `sizes`, or nil when a part does not fit
  /// `width` or a size is not available with the terminal's glyphs.
  func stack(_ speaker: OpenMicEntry, sizes: (name: BigText.Size?, clock: BigText.Size?), width: Int, context: RenderContext) -> VerticalStack? {
    let allowed = BigText.sizes(for: context.glyphs)
    let countdown = MicCountdown(entry: speaker, now: context.now)
    let pitch = TextFitting.wrap(speaker.pitch, to: min(width, 60), maxLines: 3, ellipsis: context.glyphs.ellipsis).map { [Span($0, .micPitch)] }
    let slot = [Span(" \(context.glyphs.separator) ", .muted), Span("\(speaker.minutes) min slot", .muted)]
    var pieces: [VerticalStack.Piece] = []
    if let size = sizes.name {
      guard allowed.contains(size), let name = BigText.wrapped(speaker.name, size: size, role: .micLive, width: width, maxLines: 2) else { return nil }
      pieces.append(.big(name))
    } else {
      pieces.append(.lines([[Span(speaker.name, .micLive)]]))
    }
    if !pitch.isEmpty { pieces += [.gap(1), .lines(pitch)] }
    guard let countdown else { return VerticalStack(pieces + [.gap(1), .lines([Array(slot.dropFirst())])]) }
    if let size = sizes.clock {
      guard allowed.contains(size), let clock = BigText.wrapped(countdown.clock, size: size, role: countdown.role, width: width, maxLines: 1) else { return nil }
      pieces += [.gap(1), .big(clock), .lines([[Span(countdown.caption, countdown.role)] + slot])]
    } else {
      pieces += [.gap(1), .lines([[Span(countdown.text, countdown.role)] + slot])]
    }
    return VerticalStack(pieces)
  }

  /// Between speakers: who is next, in block letters when they fit.
  func renderPause(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let nobody = [[Span("Nobody on stage right now", .muted)]]
    guard let next else {
      VerticalStack([.lines(nobody)]).render(in: area, into: &buffer, context: context)
      return
    }
    let pitch = TextFitting.wrap(next.pitch, to: min(area.width, 60), maxLines: 2, ellipsis: context.glyphs.ellipsis).map { [Span($0, .muted)] }
    let name = BigText.fitting(next.name, role: .micUpNext, width: area.width, height: area.height - pitch.count - 5, maxLines: 2, glyphs: context.glyphs)
    let big = name.map { VerticalStack([.lines(nobody), .gap(1), .lines([[Span("Next up", .micUpNext)]]), .gap(1), .big($0), .gap(1), .lines(pitch)]) }
    let plain = VerticalStack([.lines(nobody), .gap(1), .lines([[Span("Next up: \(next.name)", .micUpNext)]])])
    (big.flatMap { $0.fits(area) ? $0 : nil } ?? plain).render(in: area, into: &buffer, context: context)
  }

  /// The last resort: the name and the countdown (or the slot) on two lines.
  func minimalStack(_ speaker: OpenMicEntry, context: RenderContext) -> VerticalStack {
    let time = MicCountdown(entry: speaker, now: context.now).map { Span($0.text, $0.role) } ?? Span("\(speaker.minutes) min slot", .muted)
    return VerticalStack([.lines([[Span(speaker.name, .micLive)], [time]])])
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    Box(title: [Span("Now speaking", .micLive)]).render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    guard let speaker else {
      renderPause(in: content, into: &buffer, context: context)
      return
    }
    let stacks = Self.sizes.compactMap { stack(speaker, sizes: $0, width: content.width, context: context) }
    let chosen = stacks.first { $0.fits(content) } ?? minimalStack(speaker, context: context)
    chosen.render(in: content, into: &buffer, context: context)
  }
}
