import ArgumentParser
import EventState
import Foundation

/// `mingle moderate DIR`: the moderator's console in this terminal (a laptop, an ssh session).
struct ModerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "moderate",
    abstract: "Open a moderator's console for an event in this terminal.",
    discussion: """
      It asks for the moderator PIN (masked; wrong PINs count towards the same lockout as at the \
      kiosks), then shows the moderator panel with the kiosk's moderator keys: n next speaker, Up/Down \
      select, [ ] move, x remove, + - a minute more or less, Space pause the timer, a announcement, w \
      wall moderation, p pause the rotation, g go to a screen, l audit log, Esc lock. It works on the \
      event's shared state.sqlite, next to the kiosks; every action is in the audit log. Ctrl-C quits.
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Option(
    help: ArgumentHelp(
      "Theme to use instead of the event's (dark, light, high-contrast, or a file in DIR/themes).", valueName: "name"))
  var theme: String?

  func run() throws {
    try CommandFailure.reporting {
      try KioskLauncher.launch(
        EventDirectory.load(directory), theme: theme, screenOverride: nil, unlocked: false, moderatorConsole: true)
    }
  }
}
