import ArgumentParser
import EventState
import Foundation

/// `mingle pins delete DIR ID`: removes a card for good.
struct PinsDeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a card for good (its name is also scrubbed from the audit log).",
    discussion: """
      There is no confirmation and no undo: `mingle pins hide` takes a card off the screens and keeps \
      it. Prints `Deleted: NAME on TOPIC (ID)`.

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The card's id (see `mingle pins list`).", valueName: "id"))
  var id: String

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "pins delete")
      let card = try CardLines.card(id, in: try access.store.snapshot(now: Date()), directory: directory)
      guard try access.store.deleteCard(id: card.id, actor: access.actor) else {
        throw CommandFailure.nothingDone("The card \(CardLines.described(card)) was deleted meanwhile")
      }
      print("Deleted: \(CardLines.described(card))")
    }
  }
}
