import EventState

/// One networking tip at a time, large and centred, advancing one tip per visit of the screen: the
/// heading (or a short tip itself) in block letters when it fits, otherwise plain wrapped text.
public struct TipsScreen: View {
  /// The tips in order.
  public var tips: [Tip]
  /// How many times the screen has come up (1 the first time).
  public var visit: Int
  /// Where the layout chosen for a tip and an area is kept from one frame to the next.
  let layouts: TipLayouts

  /// The tips screen on the `visit`-th showing.
  public init(tips: [Tip], visit: Int) {
    self.init(tips: tips, visit: visit, layouts: .shared)
  }

  /// The tips screen on the `visit`-th showing, keeping its layouts in `layouts`.
  init(tips: [Tip], visit: Int, layouts: TipLayouts) {
    self.tips = tips
    self.visit = visit
    self.layouts = layouts
  }

  /// Widest plain text line, so long tips stay readable.
  static let maxTextWidth = 72
  /// Longest tip text drawn in block letters: longer ones are hard to read that way.
  static let maxBigTextLength = 120

  /// Index of the tip shown on this visit.
  public var index: Int { tips.isEmpty ? 0 : (max(1, visit) - 1) % tips.count }

  /// The stacks to try for `tip` in `area`, best first: heading and text both in block letters of
  /// one size, then the heading alone in block letters over plain text, then plain text.
  func candidates(for tip: Tip, in area: Rect, glyphs: GlyphSet) -> [VerticalStack] {
    let textWidth = min(area.width, Self.maxTextWidth)
    let body = TextFitting.wrap(tip.body, to: textWidth).map { [Span($0, .tipText)] }
    let sizes = BigText.sizes(for: glyphs)
    func big(_ text: String, _ role: StyleRole, _ size: BigText.Size, lines: Int) -> BigText? {
      guard text.count <= Self.maxBigTextLength else { return nil }
      return BigText.wrapped(text, size: size, role: role, width: area.width, maxLines: lines)
    }
    guard let title = tip.title else {
      let bigBodies = sizes.compactMap { big(tip.body, .tipText, $0, lines: 4) }.map { VerticalStack([.big($0)]) }
      return bigBodies + [VerticalStack([.lines(body)])]
    }
    let allBig = sizes.compactMap { size -> VerticalStack? in
      guard let bigTitle = big(title, .tipTitle, size, lines: 2), let bigBody = big(tip.body, .tipText, size, lines: 3) else { return nil }
      return VerticalStack([.big(bigTitle), .gap(2), .big(bigBody)])
    }
    let titleBig = sizes.compactMap { big(title, .tipTitle, $0, lines: 2) }.map { VerticalStack([.big($0), .gap(2), .lines(body)]) }
    let plainTitle = TextFitting.wrap(title, to: textWidth).map { [Span($0, .tipTitle)] }
    return allBig + titleBig + [VerticalStack([.lines(plainTitle), .gap(1), .lines(body)])]
  }

  /// The first of the `candidates` that fits `area`, or nil when none does; chosen once for a tip and
  /// an area of one size, then taken from `layouts`.
  func layout(for tip: Tip, in area: Rect, glyphs: GlyphSet) -> VerticalStack? {
    let key = TipLayouts.Key(tip: tip, width: area.width, height: area.height, glyphs: glyphs)
    return layouts.layout(for: key) { candidates(for: tip, in: area, glyphs: glyphs).first { $0.fits(area) } }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let (titleRow, rest) = area.splitTop(1)
    let content = rest.inset(dx: rest.width >= 60 ? 2 : 0, dy: rest.height >= 12 ? 1 : 0)
    guard !tips.isEmpty else {
      ScreenTitleBar(title: [Span("Tips", .paneTitle)]).render(in: titleRow, into: &buffer, context: context)
      CenteredMessage([Span("Say hello to someone you have not met yet.", .tipText)]).render(in: content, into: &buffer, context: context)
      return
    }
    ScreenTitleBar(title: [Span("Tips", .paneTitle)], status: [Span("Tip \(index + 1) of \(tips.count)", .paneCount)])
      .render(in: titleRow, into: &buffer, context: context)
    let tip = tips[index]
    if let stack = layout(for: tip, in: content, glyphs: context.glyphs) {
      stack.render(in: content, into: &buffer, context: context)
    } else {
      CenteredMessage([tip.title.map { Span($0, .tipTitle) }, Span(tip.body, .tipText)].compactMap { $0 }, maxWidth: Self.maxTextWidth)
        .render(in: content, into: &buffer, context: context)
    }
  }
}
