import ArgumentParser
import EventState
import Foundation

/// `mingle queue list DIR`: the open-mic queue, one entry per line.
struct QueueListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the open-mic queue, one entry per line.",
    discussion: """
      Five fields separated by tabs: a mark, the entry's id, the name, a time, the pitch. The mark is \
      LIVE for the live speaker (time: spoken/slot, with " paused" when the timer is paused), the place \
      in the speaking order for waiting entries (1 speaks next; time: the slot), DONE for finished \
      entries, in the order they spoke (time: spoken). Times are minutes:seconds. Prints nothing when \
      the queue is empty. The speaking order follows event.toml's [open_mic] fairness rules.

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "queue list")
      let now = Date()
      let live = try access.store.snapshot(now: now)
      for line in QueueLines.all(live, settings: access.folder.config.openMic, now: now) { print(line) }
    }
  }
}
