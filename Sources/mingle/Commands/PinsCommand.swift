import ArgumentParser

/// `mingle pins list|hide|unhide|delete DIR`: the cards pinned to the connecting wall.
struct PinsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pins",
    abstract: "List, hide, show again or delete cards on the connecting wall (moderator PIN needed).",
    discussion: """
      Every subcommand needs the moderator PIN: from the MINGLE_PIN environment variable, else asked \
      on the terminal. Changes go to the event's shared state.sqlite (every display shows them within a \
      second) and to its audit log.
      """,
    subcommands: [PinsListCommand.self, PinsHideCommand.self, PinsUnhideCommand.self, PinsDeleteCommand.self])
}
