import EventState
import Foundation

/// Where the time to the first frame goes, step by step in this process, in the order `mingle run`
/// takes them: read the event folder, open the store, read its snapshot, work out who may be shown,
/// render the first screen. CPU time, which other work on the machine does not inflate, with the
/// wall-clock time beside it.
struct StartupBreakdown {
  let folder: URL
  let columns: Int
  let rows: Int

  /// One row per step, and their sum.
  func run() throws -> ResultTable {
    let (loaded, load) = Monotonic.timed { EventFolder.load(from: folder) }
    let (store, open) = try Monotonic.timed { try EventStore(url: loaded.stateURL) }
    let now = Date()
    let (live, snapshot) = try Monotonic.timed { try store.snapshot(now: now) }
    let firstScreen = loaded.config.rotation.first?.screen ?? .cards
    let (state, directory) = Monotonic.timed {
      KioskFrame.state(showing: firstScreen, folder: loaded, live: live, columns: columns, rows: rows, now: now)
    }
    let render = Monotonic.measure { _ = KioskFrame.render(state, tips: loaded.tips, timeZone: loaded.config.timeZone, now: now) }
    let steps = [
      ("read the event folder (\(loaded.roster.count) roster rows)", load),
      ("open the store", open),
      ("read the store's snapshot (\(live.cards.count) cards)", snapshot),
      ("kiosk state and public directory (\(state.directory.people.count) people)", directory),
      ("render the first screen (`\(firstScreen.rawValue)`)", render),
    ]
    let sum = Timing(wall: steps.reduce(0) { $0 + $1.1.wall }, cpu: steps.reduce(0) { $0 + $1.1.cpu })
    return ResultTable(
      title: "Where startup goes (in process, one run, the first in this process)",
      rows: (steps + [("sum of the steps", sum)]).map { ResultRow($0.0, Self.text($0.1)) })
  }

  /// "CPU 12.3 ms (wall 14.1 ms)".
  static func text(_ timing: Timing) -> String {
    "CPU \(Format.milliseconds(timing.cpu)) (wall \(Format.milliseconds(timing.wall)))"
  }
}
