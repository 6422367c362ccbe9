import EventState
import Foundation
import KioskUI
import Testing

/// The panel's forms: an announcement in two steps, go to a screen, quit.
@Suite struct ModeratorFormsTests {
  func rendered(_ mode: ModeratorPanel.Mode, width: Int = 78, height: Int = 21) -> CellBuffer {
    render(Moderation.panel(mode), width: width, height: height, name: "form")
  }

  func form(_ text: String, minutes: Int = AnnouncementForm.defaultMinutes, step: AnnouncementForm.Step) -> ModeratorPanel.Mode {
    .announce(AnnouncementForm(text: TextInput(text, limit: AnnouncementForm.textLimit), minutes: minutes, step: step))
  }

  @Test func theAnnouncementIsTypedFirstWithTheMinutesToFollow() {
    let buffer = rendered(form("Pizza has arrived", step: .text))
    #expect(buffer.text.contains("Moderator · announcement · step 1 of 2"), "\(buffer.text)")
    #expect(buffer.shows("Announcement"))
    #expect(buffer.text.contains("│ Pizza has arrived█"))
    #expect(buffer.text.contains("Next: for how long (5 minutes unless you change it)"))
    #expect(!buffer.text.contains("[ 5 ]"))
  }

  @Test func thenTheMinutesAreChosenUnderTheText() {
    let buffer = rendered(form("Pizza has arrived", minutes: 12, step: .minutes))
    #expect(buffer.text.contains("Moderator · announcement · step 2 of 2"), "\(buffer.text)")
    #expect(buffer.shows("For how many minutes?"))
    #expect(buffer.text.contains("Pizza has arrived"))
    #expect(!buffer.text.contains("│ Pizza"), "no field to type into any more")
    let row = buffer.row(containing: "[ 12 ] minutes")
    #expect(row.map { buffer.roles(of: "[ 12 ]", onRow: $0) } == [.screenActive])
    #expect(buffer.text.contains("↑/↓ or type 1–240"))
    #expect(rendered(form("Pizza", minutes: 1, step: .minutes)).text.contains("[ 1 ] minute"))
  }

  @Test func goToListsEveryScreenWithTheChosenOneHighlighted() {
    let buffer = rendered(.goTo(selection: 3))
    #expect(buffer.shows("Go to a screen"), "\(buffer.text)")
    for screen in ScreenKind.allCases { #expect(buffer.text.contains(screen.title), "\(screen)") }
    let row = buffer.row(containing: "▸ Open mic")
    #expect(row.map { buffer.roles(of: "Open mic", onRow: $0) } == [.screenActive])
    #expect(buffer.role(of: "Tips", onRow: buffer.row(containing: "Tips")!) == .text)
  }

  @Test func quitAsksYesOrNo() {
    let buffer = rendered(.confirmQuit)
    #expect(buffer.shows("Quit the kiosk?"), "\(buffer.text)")
    #expect(buffer.text.contains("y / n"))
    let small = rendered(.confirmQuit, width: 38, height: 11)
    #expect(small.text.contains("Quit the kiosk?"), "\(small.text)")
    #expect(small.text.contains("y / n"))
  }
}
