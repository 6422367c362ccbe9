import EventState
import Foundation

/// A fresh event folder made from the bundled demo, and the environment to run mingle on it.
struct EventFixture {
  let folder: URL
  let stateHome: URL

  init() throws {
    let root = try MingleBinary.temporaryFolder()
    folder = root.appendingPathComponent("event")
    stateHome = root.appendingPathComponent("state")
    try DemoEvent.write(to: folder, pinHash: nil, replacing: false)
  }

  /// Environment for mingle: the demo's state goes to a temporary folder, never the user's.
  var environment: [String: String] { ["XDG_STATE_HOME": stateHome.path] }

  /// The folder's event, as mingle loads it.
  var event: EventFolder { EventFolder.load(from: folder) }
}
