import ArgumentParser
import EventState
import Foundation

/// `mingle pins list DIR`: every card on the connecting wall, public or not.
struct PinsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print every pinned card, oldest first, one per line.",
    discussion: """
      Four fields separated by tabs: the card's id, its topic id, its flags, the name. The flags are \
      `public` (its owner agreed to be shown) or `private`, followed by `,hidden` when a moderator hid \
      it; only public cards that are not hidden reach the screens. Prints nothing when no card is pinned.

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "pins list")
      for card in try access.store.snapshot(now: Date()).cards { print(CardLines.line(card)) }
    }
  }
}
