/// The footer bar: key hints on the left, the rotation indicator on the right. Hints win over the
/// indicator's detail; where room is short the hints' short labels are used, and only when even those
/// and the plainest indicator do not fit are hints dropped from the end.
public struct FooterView: View {
  /// Keys that work now, most important first.
  public var keyHints: [KeyHint]
  /// The rotation, with the current screen.
  public var indicator: RotationIndicator

  /// A footer with `keyHints` and `indicator`.
  public init(keyHints: [KeyHint], indicator: RotationIndicator) {
    self.keyHints = keyHints
    self.indicator = indicator
  }

  /// Columns between hints, and between the hints and the indicator.
  static let gap = 3

  /// The hints and the indicator that fit `width` columns.
  func parts(width: Int, glyphs: GlyphSet) -> (hints: [Span], indicator: [Span]) {
    for count in stride(from: keyHints.count, through: 0, by: -1) {
      for short in [false, true] {
        let hints = keyHints.prefix(count).enumerated().flatMap { index, hint -> [Span] in
          let label = short ? hint.shortLabel ?? hint.label : hint.label
          let item = [Span(" \(hint.key) ", .footerKey), Span(" \(label)", .footer)]
          return index == 0 ? item : [Span(String(repeating: " ", count: Self.gap), .footer)] + item
        }
        for detail in RotationIndicator.Detail.allCases {
          let dots = indicator.spans(detail, glyphs: glyphs)
          if Span.width(of: hints) + Self.gap + Span.width(of: dots) <= width { return (hints, dots) }
        }
      }
    }
    return ([], indicator.spans(.dots, glyphs: glyphs))
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    buffer.fill(area, role: .footer)
    let line = area.inset(dx: 1)
    let row = area.y + area.height / 2
    let (hints, dots) = parts(width: line.width, glyphs: context.glyphs)
    buffer.write(hints, in: line, y: row, ellipsis: context.glyphs.ellipsis)
    buffer.write(dots, in: line, y: row, alignment: .trailing, ellipsis: context.glyphs.ellipsis)
  }
}
