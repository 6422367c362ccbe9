import ArgumentParser

/// `mingle pins unhide DIR ID`: shows a hidden card on the public screens again.
struct PinsUnhideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unhide",
    abstract: "Show a hidden card on the public screens again.",
    discussion: """
      Prints `Shown again: NAME on TOPIC (ID)`, or `Not hidden: …` (status 0) when it was not hidden. A \
      card whose owner did not agree to be shown stays off the public screens (the output says so).

      \(ScriptFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The card's id (see `mingle pins list`).", valueName: "id"))
  var id: String

  func run() throws {
    try PinsHideCommand.setHidden(false, id: id, directory: directory, command: "pins unhide")
  }
}
