import ArgumentParser
import EventState
import Foundation

/// `mingle run DIR`: the kiosk for an event folder.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the kiosk for an event folder.",
    discussion: "Several kiosks may run on the same folder; they share its state.sqlite.")

  @Argument(help: "The event folder (event.toml, attendees.csv, tips.md).", completion: .directory)
  var directory: String

  @OptionGroup var display: DisplayOptions

  func run() throws {
    try CommandFailure.reporting {
      let url = URL(fileURLWithPath: directory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw CommandFailure.problem("\(directory): no such event folder (create one with `mingle init \(directory)`)")
      }
      try KioskLauncher.launch(EventFolder.load(from: url), options: display)
    }
  }
}
