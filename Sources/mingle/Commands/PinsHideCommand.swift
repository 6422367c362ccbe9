import ArgumentParser
import EventState
import Foundation

/// `mingle pins hide DIR ID`: takes a card off the public screens (it stays in the store).
struct PinsHideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hide",
    abstract: "Hide a card from the public screens (`pins unhide` shows it again).",
    discussion: """
      Prints `Hidden: NAME on TOPIC (ID)`, or `Already hidden: …` (status 0) when it was.

      \(ScriptFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The card's id (see `mingle pins list`).", valueName: "id"))
  var id: String

  func run() throws {
    try Self.setHidden(true, id: id, directory: directory, command: "pins hide")
  }

  /// Hides or shows again the card `id` of the event in `directory`, printing what happened.
  static func setHidden(_ hidden: Bool, id: String, directory: String, command: String) throws {
    try ScriptFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: command)
      let card = try CardLines.card(id, in: try access.store.snapshot(now: Date()), directory: directory)
      guard try access.store.setCardHidden(id: card.id, hidden: hidden, actor: access.actor) else {
        throw ScriptFailure.nothingDone("The card \(CardLines.described(card)) was deleted meanwhile")
      }
      switch (hidden, card.hidden) {
      case (true, false): print("Hidden: \(CardLines.described(card))")
      case (true, true): print("Already hidden: \(CardLines.described(card))")
      case (false, true): print("Shown again: \(CardLines.described(card))")
      case (false, false): print("Not hidden: \(CardLines.described(card))")
      }
      if !hidden && !card.showCard {
        print("Its owner did not agree to be shown, so the public screens still leave it out.")
      }
    }
  }
}
