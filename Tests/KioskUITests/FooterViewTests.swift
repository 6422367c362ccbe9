import EventState
import KioskUI
import Testing

@Suite struct FooterViewTests {
  let hints = [KeyHint(key: "←/→", label: "screens"), KeyHint(key: "Enter", label: "pin your card")]
  let indicator = RotationIndicator(steps: EventConfig.defaultRotation, current: 1)

  @Test func showsKeyHintsAndEveryScreenWithTheCurrentOneHighlighted() {
    let buffer = render(FooterView(keyHints: hints, indicator: indicator), width: 100, height: 1)
    #expect(buffer.lines == [
      "  ←/→  screens    Enter  pin your card              ○ People  ● Connecting wall  ○ Tips  ○ Open mic "
    ])
    #expect(buffer.role(of: "Enter", onRow: 0) == .footerKey)
    #expect(buffer.role(of: "pin your card", onRow: 0) == .footer)
    #expect(buffer.role(of: "Connecting wall", onRow: 0) == .screenActive)
    #expect(buffer.role(of: "●", onRow: 0) == .screenActive)
    #expect(buffer.role(of: "Tips", onRow: 0) == .footer)
  }

  @Test func narrowsTheIndicatorBeforeDroppingHints() {
    let buffer = render(FooterView(keyHints: hints, indicator: indicator), width: 64, height: 1)
    #expect(buffer.lines == ["  ←/→  screens    Enter  pin your card     ○●○○ Connecting wall "])
    let narrower = render(FooterView(keyHints: hints, indicator: indicator), width: 46, height: 1)
    #expect(narrower.lines == ["  ←/→  screens    Enter  pin your card   ○●○○ "])
  }

  @Test func dropsHintsFromTheEndWhenEvenDotsDoNotFit() {
    let buffer = render(FooterView(keyHints: hints, indicator: indicator), width: 30, height: 1)
    #expect(buffer.lines == ["  ←/→  screens           ○●○○ "])
  }
}
