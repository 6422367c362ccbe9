import ArgumentParser
import EventState
import Foundation

/// `mingle demo` (and `mingle` alone): the bundled demo event, kept in the user's state directory.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Run the bundled demo event (the default).",
    discussion: "The demo's files are written afresh each time; its live state (state.sqlite) is kept.")

  @OptionGroup var display: DisplayOptions

  func run() throws {
    try CommandFailure.reporting {
      let directory = StateDirectory.url().appendingPathComponent("demo")
      do {
        try DemoEvent.write(to: directory, pinHash: DemoEvent.pinHash, replacing: true)
      } catch {
        throw CommandFailure.problem("cannot write the demo event to \(directory.path): \(error)")
      }
      let folder = EventFolder.load(from: directory)
      try KioskLauncher.launch(folder, options: display) { store in try DemoSeed.seed(store, now: Date()) }
    }
  }
}
