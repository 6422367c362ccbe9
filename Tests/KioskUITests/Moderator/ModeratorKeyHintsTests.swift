import EventState
import Foundation
import KioskUI
import Testing

@Suite struct ModeratorKeyHintsTests {
  func hints(_ session: ModeratorSession, isConsole: Bool = false) -> String {
    ModeratorKeyHints.hints(for: session, isConsole: isConsole).map { "\($0.key) \($0.label)" }.joined(separator: " · ")
  }

  func hints(_ mode: ModeratorPanel.Mode) -> String { hints(.unlocked(ModeratorPanel(mode: mode))) }

  /// The footer of `width` columns with the hints of `mode` and the default rotation.
  func footer(_ mode: ModeratorPanel.Mode, width: Int) -> String {
    var buffer = CellBuffer(width: width, height: 1)
    FooterView(keyHints: ModeratorKeyHints.hints(for: .unlocked(ModeratorPanel(mode: mode))), indicator: RotationIndicator(steps: EventConfig.defaultRotation, current: 0))
      .render(in: buffer.area, into: &buffer, context: Demo.context())
    return buffer.lines[0]
  }

  @Test func thePromptTakesDigitsEnterAndEsc() {
    #expect(hints(.prompt(PinPrompt())) == "0–9 PIN · Enter unlock · Esc close")
    #expect(hints(.prompt(PinPrompt()), isConsole: true) == "0–9 PIN · Enter unlock · Esc clear")
  }

  @Test func theQueueListsEveryModeratorKey() {
    #expect(
      hints(.queue)
        == "n next speaker · Esc lock · ↑↓ select · [ ] move · x remove · +/- minute more/less · Space pause timer · a announce · "
        + "w wall · p pause rotation · g go to screen · l audit log · Q quit")
  }

  @Test func atEightyColumnsTheFooterShowsTheFirstQueueKeysWithShortLabelsAndHowToLock() {
    #expect(footer(.queue, width: 80).hasPrefix("  n  next speaker    Esc  lock    ↑↓  select    [ ]  move    x  remove "), "\(footer(.queue, width: 80))")
  }

  @Test func atOneHundredSixtyColumnsTheFooterShowsEveryQueueKeyButQuit() {
    let line = footer(.queue, width: 160)
    #expect(line.hasPrefix("  n  next    Esc  lock    ↑↓  select    [ ]  move    x  remove    +/-  min    Space  timer    a  banner "), "\(line)")
    #expect(line.contains("    g  go to    l  log    "), "\(line)")
  }

  @Test func eachModeShowsItsKeys() {
    #expect(hints(.wall(WallModeration())) == "↑↓ choose · h hide/show · d delete · Esc back")
    #expect(hints(.wall(WallModeration(confirmingDelete: "c1"))) == "y delete · any key cancel")
    #expect(hints(.announce(AnnouncementForm())) == "type the text · Enter next · Esc cancel")
    #expect(hints(.announce(AnnouncementForm(step: .minutes))) == "↑↓ minutes · 0–9 type · Enter put it up · Esc back")
    #expect(hints(.goTo(selection: 0)) == "↑↓ choose · Enter show it · Esc back")
    #expect(hints(.confirmQuit) == "y quit · n stay")
    #expect(hints(.log(offset: 0)) == "↑↓ scroll · PgUp/PgDn page · Esc back")
  }
}
