import ArgumentParser

/// `mingle pins unhide DIR ID`: shows a hidden card on the public screens again.
struct PinsUnhideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unhide",
    abstract: "Show a hidden card on the public screens again.",
    discussion: """
      Prints `Shown again: NAME on TOPIC (ID)`. A card that was not hidden is left as it is: the \
      message says so and the exit status is 4 (nothing done). A card whose owner did not agree to be \
      shown stays off the public screens (the output says so).

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The card's id (see `mingle pins list`).", valueName: "id"))
  var id: String

  func run() throws {
    try PinsHideCommand.setHidden(false, id: id, directory: directory, command: "pins unhide")
  }
}
