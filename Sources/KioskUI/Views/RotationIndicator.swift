import EventState

/// The screens of the rotation in order, the current one highlighted: `● People  ○ Tips  ○ Open mic`.
public struct RotationIndicator: Sendable, Hashable {
  /// How much the indicator says.
  public enum Detail: Sendable, Hashable, CaseIterable {
    /// Every screen's title.
    case titles
    /// A dot per screen, then the current screen's title.
    case currentTitle
    /// Only the dots.
    case dots
  }

  /// The rotation in order.
  public var steps: [RotationStep]
  /// Index of the step shown now.
  public var current: Int

  /// The indicator of `steps` with step `current` highlighted.
  public init(steps: [RotationStep], current: Int) {
    self.steps = steps
    self.current = current
  }

  /// The indicator at `detail`.
  public func spans(_ detail: Detail, glyphs: GlyphSet) -> [Span] {
    func dot(_ index: Int) -> Span {
      index == current ? Span(glyphs.dotOn, .screenActive) : Span(glyphs.dotOff, .footer)
    }
    switch detail {
    case .titles:
      return steps.indices.flatMap { index -> [Span] in
        let item = [dot(index), Span(" \(steps[index].screen.title)", index == current ? .screenActive : .footer)]
        return index == 0 ? item : [Span("  ", .footer)] + item
      }
    case .currentTitle:
      let title = steps.indices.contains(current) ? [Span(" ", .footer), Span(steps[current].screen.title, .screenActive)] : []
      return steps.indices.map(dot) + title
    case .dots:
      return steps.indices.map(dot)
    }
  }
}
