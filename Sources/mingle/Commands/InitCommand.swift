import ArgumentParser
import EventState
import Foundation

/// `mingle init DIR [--pin PIN]`: a new event folder scaffolded from the demo.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new event folder from the demo event.",
    discussion: "Edit event.toml, replace attendees.csv with your roster and tips.md with your tips.")

  @Argument(help: "The folder to create (it must not hold an event already).", completion: .directory)
  var directory: String

  @Option(
    help: ArgumentHelp("Moderator PIN (4–8 digits), stored only as a salted hash (later: `mingle set-pin`).", valueName: "PIN"))
  var pin: String?

  func validate() throws {
    if let pin, let problem = PINHash.validate(pin: pin) { throw ValidationError("--pin: \(problem)") }
  }

  func run() throws {
    try CommandFailure.reporting {
      let url = URL(fileURLWithPath: directory)
      if FileManager.default.fileExists(atPath: url.appendingPathComponent(EventFolder.FileName.config).path) {
        throw CommandFailure.problem("\(directory) already holds an event (event.toml); nothing was changed")
      }
      let hash = pin.map { PINHash.make(pin: $0) }
      do {
        try DemoEvent.write(to: url, pinHash: hash, replacing: false)
      } catch {
        throw CommandFailure.problem("cannot create \(directory): \(error)")
      }
      print("Created \(directory): event.toml, attendees.csv, tips.md")
      print(hash == nil ? "No moderator PIN set: set one with `mingle set-pin \(directory)`." : "Moderator PIN set.")
      print("Check it with `mingle check \(directory)`, run it with `mingle run \(directory)`.")
    }
  }
}
