import EventState

/// The open mic's main pane: the live speaker's name and pitch (in block letters when they fit, plain
/// bold text otherwise) and the countdown; or, between speakers, who is next. When the name is in
/// block letters, the title above it spells it as written ("Now speaking · Zoë Ng").
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

  /// The sizes of the name, the pitch and the countdown in one layout (nil: plain text).
  struct Sizes {
    var name: BigText.Size?
    var pitch: BigText.Size?
    var clock: BigText.Size?
  }

  /// Layouts to try, best first. The countdown grows first (the speaker reads it from the stage),
  /// then the name; the pitch is in block letters only where the name already is. A name the font
  /// cannot draw is plain text above a countdown as large as fits.
  static let sizes: [Sizes] = [
    Sizes(name: .huge, pitch: .large, clock: .huge), Sizes(name: .huge, pitch: .compact, clock: .huge),
    Sizes(name: .large, pitch: .compact, clock: .huge), Sizes(name: .huge, clock: .huge),
    Sizes(name: .large, clock: .huge), Sizes(name: .large, pitch: .compact, clock: .large), Sizes(name: .large, clock: .large),
    Sizes(name: .compact, clock: .large), Sizes(name: .compact, clock: .compact), Sizes(clock: .huge), Sizes(clock: .large),
    Sizes(clock: .compact), Sizes(),
  ]

  /// Lines a pitch takes at most, in block letters or plain.
  static let pitchLines = 3

  /// Whether the block-letter font draws every character of `text`: names and pitches in other
  /// scripts are shown as plain text rather than as stray characters between blocks.
  static func blockLettersCanDraw(_ text: String) -> Bool {
    text.allSatisfy { $0 == " " || BigFont.key(for: $0) != nil }
  }

  /// `pitch` wrapped into at most `maxLines` lines of `width`; no lines when there is no pitch.
  static func plainPitch(_ pitch: String, width: Int, maxLines: Int, ellipsis: String) -> [[Span]] {
    pitch.isEmpty ? [] : TextFitting.wrap(pitch, to: width, maxLines: maxLines, ellipsis: ellipsis).map { [Span($0, .micPitch)] }
  }

  /// `text` in block letters of `size` within `width`, or nil when that is not possible.
  static func blocks(_ text: String, size: BigText.Size, role: StyleRole, width: Int, maxLines: Int, context: RenderContext) -> BigText? {
    guard BigText.sizes(for: context.glyphs).contains(size), blockLettersCanDraw(text) else { return nil }
    return BigText.wrapped(text, size: size, role: role, width: width, maxLines: maxLines)
  }

  /// The stack for `speaker` with its parts at `sizes`, or nil when a part cannot be drawn that way
  /// within `width`.
  func stack(_ speaker: OpenMicEntry, sizes: Sizes, width: Int, context: RenderContext) -> VerticalStack? {
    let ellipsis = context.glyphs.ellipsis
    let slot = [Span(" \(context.glyphs.separator) ", .muted), Span(MicCountdown.slot(of: speaker), .muted)]
    var pieces: [VerticalStack.Piece] = []
    if let size = sizes.name {
      guard let name = Self.blocks(speaker.name, size: size, role: .micLive, width: width, maxLines: 2, context: context) else { return nil }
      pieces.append(.big(name))
    } else {
      pieces.append(.lines([[Span(TextFitting.truncate(speaker.name, to: width, ellipsis: ellipsis), .micLive)]]))
    }
    if let size = sizes.pitch {
      guard let pitch = Self.blocks(speaker.pitch, size: size, role: .micPitch, width: width, maxLines: Self.pitchLines, context: context) else { return nil }
      pieces += [.gap(1), .big(pitch)]
    } else {
      let pitch = Self.plainPitch(speaker.pitch, width: min(width, 60), maxLines: Self.pitchLines, ellipsis: ellipsis)
      if !pitch.isEmpty { pieces += [.gap(1), .lines(pitch)] }
    }
    guard let countdown = MicCountdown(entry: speaker, now: context.now) else {
      return VerticalStack(pieces + [.gap(1), .lines([Array(slot.dropFirst())])])
    }
    let caption = Span.fitted([Span(countdown.status, countdown.role)] + slot, to: width, ellipsis: ellipsis)
    if let size = sizes.clock {
      guard BigText.sizes(for: context.glyphs).contains(size),
        let clock = BigText.wrapped(countdown.clock, size: size, role: countdown.role, width: width, maxLines: 1)
      else { return nil }
      pieces += [.gap(1), .big(clock), .lines([caption])]
    } else {
      pieces += [.gap(1), .lines([Span.fitted([Span(countdown.statusText, countdown.role)] + slot, to: width, ellipsis: ellipsis)])]
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

  /// Where room is short: the name, one line of pitch and the countdown (or the slot), without gaps.
  func tightStack(_ speaker: OpenMicEntry, width: Int, context: RenderContext) -> VerticalStack {
    let ellipsis = context.glyphs.ellipsis
    let pitch = Self.plainPitch(speaker.pitch, width: width, maxLines: 1, ellipsis: ellipsis)
    return VerticalStack([.lines([[Span(TextFitting.truncate(speaker.name, to: width, ellipsis: ellipsis), .micLive)]] + pitch + [timeLine(speaker, context: context)])])
  }

  /// The last resort: the name and the countdown (or the slot) on two lines.
  func minimalStack(_ speaker: OpenMicEntry, context: RenderContext) -> VerticalStack {
    VerticalStack([.lines([[Span(speaker.name, .micLive)], timeLine(speaker, context: context)])])
  }

  /// "2:12 left", or the slot before the timer starts.
  func timeLine(_ speaker: OpenMicEntry, context: RenderContext) -> [Span] {
    [MicCountdown(entry: speaker, now: context.now).map { Span($0.statusText, $0.role) } ?? Span(MicCountdown.slot(of: speaker), .muted)]
  }

  /// The best layout for `speaker` in `content`, and whether its name is in block letters.
  func layout(_ speaker: OpenMicEntry, in content: Rect, context: RenderContext) -> (stack: VerticalStack, blockName: Bool) {
    for sizes in Self.sizes {
      if let stack = stack(speaker, sizes: sizes, width: content.width, context: context), stack.fits(content) {
        return (stack, sizes.name != nil)
      }
    }
    let tight = tightStack(speaker, width: content.width, context: context)
    return (tight.fits(content) ? tight : minimalStack(speaker, context: context), false)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let title = Span("Now speaking", .micLive)
    let content = Box.content(of: area)
    guard let speaker else {
      Box(title: [title]).render(in: area, into: &buffer, context: context)
      renderPause(in: content, into: &buffer, context: context)
      return
    }
    let (stack, blockName) = layout(speaker, in: content, context: context)
    // Block letters are upper case without accents: the title keeps the name as it is spelled.
    let spelled = blockName ? [Span(" \(context.glyphs.separator) \(speaker.name)", .micLive)] : []
    Box(title: [title] + spelled).render(in: area, into: &buffer, context: context)
    stack.render(in: content, into: &buffer, context: context)
  }
}
