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

  /// The footer's keys at a kiosk (or a console) whose prompt `lockout` locks, at `now`.
  func promptHints(lockout: PinLockout, at now: Date, isConsole: Bool = false) -> String {
    var kiosk = Demo.kiosk(.cards)
    kiosk.live.lockout = lockout
    kiosk.moderator = .prompt(PinPrompt(message: .wrong(attemptsLeft: 0)))
    kiosk.isModeratorConsole = isConsole
    return KioskDisplay.keyHints(for: kiosk, at: now).map { "\($0.key) \($0.label)" }.joined(separator: " · ")
  }

  @Test func whileWrongPinsLockThePromptOnlyEscIsOffered() {
    let lockout = PinLockout(failures: 5, lockedUntil: Demo.now.addingTimeInterval(30))
    #expect(promptHints(lockout: lockout, at: Demo.now) == "Esc close")
    #expect(promptHints(lockout: lockout, at: Demo.now, isConsole: true) == "Esc clear")
    #expect(promptHints(lockout: lockout, at: Demo.now.addingTimeInterval(30)) == "0–9 PIN · Enter unlock · Esc close", "the lock is over")
    #expect(promptHints(lockout: PinLockout(failures: 2), at: Demo.now) == "0–9 PIN · Enter unlock · Esc close")
  }

  @Test func theLockedPromptsFooterShowsOnlyEsc() {
    var kiosk = Demo.kiosk(.cards)
    kiosk.live.lockout = PinLockout(failures: 6, lockedUntil: Demo.now.addingTimeInterval(120))
    kiosk.moderator = .prompt(PinPrompt())
    var buffer = CellBuffer(width: 80, height: 1)
    FooterView(keyHints: KioskDisplay.keyHints(for: kiosk, at: Demo.now), indicator: RotationIndicator(steps: kiosk.clock.steps, current: 0))
      .render(in: buffer.area, into: &buffer, context: Demo.context())
    #expect(buffer.lines[0].hasPrefix("  Esc  close   "), "\(buffer.lines[0])")
    #expect(!buffer.lines[0].contains("PIN") && !buffer.lines[0].contains("unlock"), "\(buffer.lines[0])")
  }

  @Test func everyModeButTheQueueFitsWholeInTheFooterFromSixtyColumns() {
    for mode in Moderation.modes where mode != .queue {
      let line = footer(mode, width: 60)
      for hint in ModeratorKeyHints.hints(for: .unlocked(ModeratorPanel(mode: mode))) {
        #expect(line.contains(" \(hint.key)  \(hint.shortLabel ?? hint.label)") || line.contains(" \(hint.key)  \(hint.label)"), "\(hint.key) in \(mode): \(line)")
      }
    }
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
    #expect(hints(.announce(AnnouncementForm(step: .minutes))) == "↑↓ 0–9 minutes · Enter put it up · Esc back")
    #expect(hints(.goTo(selection: 0)) == "↑↓ choose · Enter show it · Esc back")
    #expect(hints(.confirmQuit) == "y quit · n stay")
    #expect(hints(.log(offset: 0)) == "↑↓ scroll · PgUp/PgDn page · Esc back")
  }
}
