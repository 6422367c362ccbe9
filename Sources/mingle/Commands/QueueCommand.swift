import ArgumentParser

/// `mingle queue list|add|next|remove DIR`: the open-mic queue from a script or a second terminal.
struct QueueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "queue",
    abstract: "List and change the open-mic queue (moderator PIN needed).",
    discussion: """
      Every subcommand needs the moderator PIN: from the MINGLE_PIN environment variable, else asked \
      on the terminal. Changes go to the event's shared state.sqlite (every display shows them within a \
      second) and to its audit log.
      """,
    subcommands: [QueueListCommand.self, QueueAddCommand.self, QueueNextCommand.self, QueueRemoveCommand.self])
}
