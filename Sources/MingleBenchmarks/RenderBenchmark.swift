import EventState
import Foundation
import KioskUI

/// Render time of each rotation screen, in this process: `KioskDisplay` into a `CellBuffer`, one frame
/// per simulated second (so pages turn, the spotlight moves on and codes come and go as on a TV), and
/// the diff against the previous frame that the terminal edge sends. The open-mic screen is rendered
/// with someone speaking, its busiest state. The verdict is on CPU time, which other work on the
/// machine does not inflate; the wall-clock time is shown beside it.
struct RenderBenchmark {
  let folder: EventFolder
  let live: LiveState
  let columns: Int
  let rows: Int
  /// Frames rendered per screen (at least 2, so that there is a diff).
  let iterations: Int
  /// Seconds one screen may take: a slow screen stops sooner, after at least 2 frames.
  let budgetSeconds: Double

  /// The render target from the issue.
  static let target = Target.below(2, "ms")

  /// Render and diff timings of every screen, as table rows.
  func run() -> ResultTable {
    var rows: [ResultRow] = []
    var diffs: [Timing] = []
    var changedRuns = 0
    for screen in ScreenKind.allCases {
      let (renders, screenDiffs, runs) = measure(screen)
      diffs += screenDiffs
      changedRuns += runs
      let cpu = Summary(renders.map(\.cpu))
      let wall = Summary(renders.map(\.wall))
      rows.append(
        ResultRow(
          "render `\(screen.rawValue)` (\(cpu.count) frames)",
          "CPU \(Format.timings(cpu, percentiles: [\.p50, \.p99, \.max])) · wall p50 \(Format.milliseconds(wall.p50))",
          value: cpu.p99, target: Self.target))
    }
    let diff = Summary(diffs.map(\.cpu))
    let perFrame = Format.number(Double(changedRuns) / Double(diff.count))
    rows.append(ResultRow("diff against the previous frame (all screens)", "CPU \(Format.timings(diff)) · \(perFrame) changed runs a frame"))
    return ResultTable(title: "Rendering at \(columns)x\(self.rows) (in process; verdict on the CPU time's p99)", rows: rows)
  }

  /// The timing of each render of `screen` and of each diff against the frame before, and how many
  /// changed runs the diffs found in all.
  func measure(_ screen: ScreenKind) -> (renders: [Timing], diffs: [Timing], changedRuns: Int) {
    let start = Date()
    let shown = screen == .openmic ? BenchFixture.speaking(live, since: start) : live
    let state = KioskFrame.state(showing: screen, folder: folder, live: shown, columns: columns, rows: rows, now: start)
    var previous: CellBuffer?
    var renders: [Timing] = []
    var diffs: [Timing] = []
    var changedRuns = 0
    let deadline = Monotonic.now() + UInt64(budgetSeconds * 1e9)
    for second in 0..<iterations where second < 2 || Monotonic.now() < deadline {
      let now = start.addingTimeInterval(Double(second))
      let (frame, timing) = Monotonic.timed { KioskFrame.render(state, tips: folder.tips, timeZone: folder.config.timeZone, now: now) }
      renders.append(timing)
      if let previous {
        diffs.append(Monotonic.measure { changedRuns += frame.changes(since: previous).count })
      }
      previous = frame
    }
    return (renders, diffs, changedRuns)
  }
}
