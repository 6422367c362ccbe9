import EventState
import Testing

@testable import KioskUI

/// The tips screen chooses its layout once for a tip and an area, and takes it from its store after.
@Suite struct TipLayoutsTests {
  static let area = Rect(x: 0, y: 0, width: 74, height: 17)
  static let tip = Demo.tips[0]

  static func key(_ area: Rect = area, glyphs: GlyphSet = .unicode) -> TipLayouts.Key {
    TipLayouts.Key(tip: tip, width: area.width, height: area.height, glyphs: glyphs)
  }

  @Test func theLayoutChosenIsTheFirstCandidateThatFits() {
    let screen = TipsScreen(tips: Demo.tips, visit: 1, layouts: TipLayouts())
    let chosen = screen.layout(for: Self.tip, in: Self.area, glyphs: .unicode)
    let first = screen.candidates(for: Self.tip, in: Self.area, glyphs: .unicode).first { $0.fits(Self.area) }
    #expect(chosen != nil)
    #expect(chosen?.pieces == first?.pieces)
  }

  @Test func aKeptLayoutIsTakenInsteadOfChoosingAgain() {
    let layouts = TipLayouts()
    let kept = VerticalStack([.lines([[Span("kept", .tipText)]])])
    _ = layouts.layout(for: Self.key()) { kept }
    let screen = TipsScreen(tips: Demo.tips, visit: 1, layouts: layouts)
    #expect(screen.layout(for: Self.tip, in: Self.area, glyphs: .unicode)?.pieces == kept.pieces)
    #expect(screen.layout(for: Self.tip, in: Self.area.inset(dx: 1), glyphs: .unicode)?.pieces != kept.pieces)
  }

  @Test func eachTipAreaAndGlyphSetGetsItsOwnLayout() {
    let layouts = TipLayouts()
    let screen = TipsScreen(tips: Demo.tips, visit: 1, layouts: layouts)
    _ = screen.layout(for: Self.tip, in: Self.area, glyphs: .unicode)
    _ = screen.layout(for: Self.tip, in: Rect(x: 3, y: 2, width: 74, height: 17), glyphs: .unicode)
    #expect(layouts.count == 1)
    _ = screen.layout(for: Self.tip, in: Self.area.inset(dx: 1), glyphs: .unicode)
    _ = screen.layout(for: Self.tip, in: Self.area, glyphs: .ascii)
    _ = screen.layout(for: Demo.tips[1], in: Self.area, glyphs: .unicode)
    #expect(layouts.count == 4)
  }

  @Test func aFullStoreStartsOver() {
    let layouts = TipLayouts(capacity: 2)
    for width in [40, 50, 60] {
      _ = layouts.layout(for: Self.key(Rect(x: 0, y: 0, width: width, height: 17))) { nil }
    }
    #expect(layouts.count == 1)
  }

  @Test func aScreenDrawnFromItsStoreLooksTheSameAsOneThatChoseAnew() {
    let layouts = TipLayouts()
    for visit in 1...3 {
      let first = render(TipsScreen(tips: Demo.tips, visit: visit, layouts: layouts), width: 78, height: 19)
      let again = render(TipsScreen(tips: Demo.tips, visit: visit, layouts: layouts), width: 78, height: 19)
      let fresh = render(TipsScreen(tips: Demo.tips, visit: visit, layouts: TipLayouts()), width: 78, height: 19)
      #expect(again == first)
      #expect(fresh == first)
    }
    #expect(layouts.count == 3)
  }
}
