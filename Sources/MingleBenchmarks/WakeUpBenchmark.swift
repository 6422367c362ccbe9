import EventState
import Foundation
import KioskUI

/// What the kiosk's loop does on each wake-up when no key came (every 250 ms), in this process: the
/// reducer's tick, the store poll, the event folder check and the comparison with the state last
/// drawn. With the once-a-second frame (`RenderBenchmark`) it accounts for the idle CPU.
struct WakeUpBenchmark {
  let folder: EventFolder
  let store: EventStore
  let live: LiveState
  let columns: Int
  let rows: Int
  /// Wake-ups simulated (at least 1).
  let iterations: Int

  /// The mean of each part, as table rows.
  func run() throws -> ResultTable {
    let start = Date()
    var state = KioskFrame.state(showing: .tips, folder: folder, live: live, columns: columns, rows: rows, now: start)
    let watcher = EventFolderWatcher(directory: folder.directory)
    var ticks: [Timing] = []
    var polls: [Timing] = []
    var checks: [Timing] = []
    var comparisons: [Timing] = []
    var unchanged = 0
    for index in 0..<iterations {
      let now = start.addingTimeInterval(Double(index) / 4)
      let drawn = state
      ticks.append(Monotonic.measure { state = KioskReducer.reduce(state, .tick, now: now).0 })
      polls.append(try Monotonic.measure { _ = try store.hasChangedSinceLastCheck() })
      checks.append(Monotonic.measure { _ = watcher.check() })
      comparisons.append(Monotonic.measure { if drawn == state { unchanged += 1 } })
    }
    let parts = [
      ("reducer tick (\(state.directory.people.count) people)", ticks),
      ("store poll (`PRAGMA data_version`)", polls),
      ("event folder check (stat of its files)", checks),
      ("state compared with the state last drawn", comparisons),
    ]
    let rows = parts.map { name, samples in ResultRow(name, "CPU " + Format.timings(Summary(samples.map(\.cpu)))) }
    let total = parts.reduce(0) { $0 + Summary($1.1.map(\.cpu)).mean }
    return ResultTable(
      title: "One wake-up without a key (in process, \(iterations) wake-ups, \(unchanged) with nothing to draw)",
      rows: rows + [ResultRow("a wake-up in all (mean), 4 a second", "CPU " + Format.milliseconds(total))])
  }
}
