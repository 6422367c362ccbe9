import ArgumentParser
import EventState
import Foundation

/// `mingle pins hide DIR ID`: takes a card off the public screens (it stays in the store).
struct PinsHideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hide",
    abstract: "Hide a card from the public screens (`pins unhide` shows it again).",
    discussion: """
      Prints `Hidden: NAME on TOPIC (ID)`. A card that was already hidden is left as it is: the \
      message says so and the exit status is 4 (nothing done).

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The card's id (see `mingle pins list`).", valueName: "id"))
  var id: String

  func run() throws {
    try Self.setHidden(true, id: id, directory: directory, command: "pins hide")
  }

  /// Hides or shows again the card `id` of the event in `directory`, printing what happened; nothing
  /// is done (status 4) when the card is already in that state.
  static func setHidden(_ hidden: Bool, id: String, directory: String, command: String) throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: command)
      let card = try CardLines.card(id, in: try access.store.snapshot(now: Date()), directory: directory)
      if hidden && card.hidden {
        throw CommandFailure.nothingDone("\(CardLines.described(card)) was already hidden")
      }
      if !hidden && !card.hidden {
        let offScreen = card.showCard ? "" : "; its owner did not agree to be shown, so the public screens leave it out"
        throw CommandFailure.nothingDone("\(CardLines.described(card)) was not hidden\(offScreen)")
      }
      guard try access.store.setCardHidden(id: card.id, hidden: hidden, actor: access.actor) else {
        throw CommandFailure.nothingDone("The card \(CardLines.described(card)) was deleted meanwhile")
      }
      print("\(hidden ? "Hidden" : "Shown again"): \(CardLines.described(card))")
      if !hidden && !card.showCard {
        print("Its owner did not agree to be shown, so the public screens still leave it out.")
      }
    }
  }
}
