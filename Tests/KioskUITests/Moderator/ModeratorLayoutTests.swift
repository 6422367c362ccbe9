import EventState
import Foundation
import KioskUI
import Testing

/// Every moderator view at every size, with the demo's texts and with hostile ones: every cell
/// whole, no box broken, and what matters still there.
@Suite struct ModeratorLayoutTests {
  /// A text each mode shows at every size.
  func landmark(_ mode: ModeratorPanel.Mode) -> String {
    switch mode {
    case .queue: "Tom Becker"
    case .wall(let wall): wall.confirmingDelete == nil ? "Wall moderation" : "for good?"
    case .announce(let form): form.step == .text ? "Pizza has arrived█" : "[ 5 ] minutes"
    case .goTo: "▸ Connecting wall"
    case .confirmQuit: "y / n"
    case .log: "Audit log · 3 entries"
    }
  }

  @Test(arguments: Moderation.sizes)
  func everyModeFitsEverySize(width: Int, height: Int) {
    for glyphs in [GlyphSet.unicode, .ascii] {
      for mode in Moderation.modes {
        let view = Moderation.panel(mode, notice: "Tom Becker is live", folderWarnings: [Moderation.warning])
        let buffer = render(view, width: width, height: height, context: Demo.context(glyphs: glyphs), name: "moderator")
        #expect(layoutProblems(buffer) == [], "\(mode) at \(width)x\(height)")
        if glyphs == .unicode {
          #expect(brokenBoxes(buffer) == [], "\(mode) at \(width)x\(height):\n\(buffer.text)")
          #expect(buffer.text.contains(landmark(mode)), "\(mode) at \(width)x\(height):\n\(buffer.text)")
        }
        #expect(buffer.text.contains("Tom Becker is live"), "\(mode) at \(width)x\(height)")
      }
    }
  }

  @Test(arguments: Moderation.sizes)
  func theQueueViewKeepsItsEssentialsAtEverySize(width: Int, height: Int) {
    let buffer = render(Moderation.panel(folderWarnings: [Moderation.warning]), width: width, height: height)
    for text in ["Moderator", "Rotation running", "2:12 left", "Priya Raman", "Waiting · 3", "▸ 1. Tom Becker", "last good version kept"] {
      let shown = text == "2:12 left" && height >= 30 ? buffer.showsInBlockLetters("2:12") : buffer.text.contains(text)
      #expect(shown, "\(text) at \(width)x\(height):\n\(buffer.text)")
    }
  }

  @Test(arguments: Moderation.sizes)
  func hostileTextsNeverBreakTheLayout(width: Int, height: Int) {
    let hostile = Moderation.hostile
    for mode in Moderation.modes + [.wall(WallModeration(selection: 4)), .wall(WallModeration(selection: 5, confirmingDelete: "c6"))] {
      let view = ModeratorPanelView(
        panel: ModeratorPanel(mode: mode, notice: hostile.live.queue[1].name), live: hostile.live, event: hostile.event,
        auditLog: hostile.auditLog, folderWarnings: hostile.warnings)
      let buffer = render(view, width: width, height: height, name: "moderator-hostile")
      #expect(layoutProblems(buffer) == [], "\(mode) at \(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "\(mode) at \(width)x\(height):\n\(buffer.text)")
    }
    let prompt = render(
      ModeratorView(session: .prompt(PinPrompt(digits: "12", message: .wrong(attemptsLeft: 2))), live: hostile.live, event: hostile.event, auditLog: [], folderWarnings: hostile.warnings),
      width: width, height: height)
    #expect(layoutProblems(prompt) == [])
  }

  @Test func theModeratorViewShowsThePromptUntilUnlockedThenThePanel() {
    var event = Demo.event
    event.moderatorPIN = PINHash(iterations: 1, salt: [7], hash: [7])
    func rendered(_ session: ModeratorSession) -> CellBuffer {
      render(ModeratorView(session: session, live: Demo.live, event: event, auditLog: [], folderWarnings: []), width: 78, height: 21)
    }
    let prompt = rendered(.prompt(PinPrompt(digits: "24")))
    #expect(prompt.shows("Moderator PIN"))
    #expect(prompt.text.contains("│ ••█"))
    #expect(!prompt.text.contains("No moderator PIN"), "the event has a PIN")
    #expect(!prompt.text.contains("Tom Becker"), "nothing of the panel before the PIN")
    let panel = rendered(.unlocked(ModeratorPanel()))
    #expect(panel.text.contains("▸ 1. Tom Becker"))
    #expect(!panel.text.contains("PIN"))
  }

  @Test func thePromptSaysWhenTheEventHasNoPin() {
    let buffer = render(ModeratorView(session: .prompt(PinPrompt()), live: Demo.live, event: Demo.event, auditLog: [], folderWarnings: []), width: 78, height: 21)
    #expect(buffer.text.contains("No moderator PIN is set. Run: mingle set-pin DIR"), "\(buffer.text)")
  }

  @Test func thePromptReadsTheLockFromTheLiveState() {
    var live = Demo.live
    live.lockout = PinLockout(failures: 5, lockedUntil: Demo.now.addingTimeInterval(30))
    let buffer = render(ModeratorView(session: .prompt(PinPrompt()), live: live, event: Demo.event, auditLog: [], folderWarnings: []), width: 78, height: 21)
    #expect(buffer.text.contains("Locked · 30 s"), "\(buffer.text)")
  }
}
