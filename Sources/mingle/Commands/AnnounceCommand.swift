import ArgumentParser
import EventState
import Foundation

/// `mingle announce DIR "text" --minutes 5`: a banner on every display of the event.
struct AnnounceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "announce",
    abstract: "Show an announcement as a banner on every display (moderator PIN needed).",
    discussion: """
      The banner shows within a second on every kiosk of the event and goes away after the minutes \
      given. The PIN comes from MINGLE_PIN, else it is asked on the terminal. Prints `Announced until \
      HH:MM: TEXT` (the event's time zone).

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: "The announcement: one line of at most \(AnnouncementForm.textLimit) characters.")
  var text: String

  @Option(
    help: ArgumentHelp(
      "How long it stays up, \(AnnouncementForm.minutesRange.lowerBound) to \(AnnouncementForm.minutesRange.upperBound) minutes.",
      valueName: "N"))
  var minutes = AnnouncementForm.defaultMinutes

  func validate() throws {
    let line = Sanitizer.line(text)
    if line.isEmpty { throw ValidationError("the announcement is empty") }
    if line.count > AnnouncementForm.textLimit {
      throw ValidationError("the announcement is longer than \(AnnouncementForm.textLimit) characters")
    }
    if !AnnouncementForm.minutesRange.contains(minutes) {
      throw ValidationError(
        "--minutes: choose \(AnnouncementForm.minutesRange.lowerBound) to \(AnnouncementForm.minutesRange.upperBound)")
    }
  }

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "announce")
      let now = Date()
      let announcement = Announcement(
        id: UUID().uuidString.lowercased(), text: Sanitizer.line(text), createdAt: now,
        expiresAt: now.addingTimeInterval(TimeInterval(minutes * 60)))
      try access.store.announce(announcement, actor: access.actor)
      let until = EventTime(timeZone: access.folder.config.timeZone).clock(announcement.expiresAt)
      print("Announced until \(until): \(announcement.text)")
    }
  }
}
