import EventState
import Foundation
import Glibc
import PropagationProbe

/// From a commit in one process to the change on another process's screen, through a pty (issue #4
/// wants every display within a second): a kiosk rotating through event.toml's screens runs on the
/// benchmark's event while this process commits announcements to its store one at a time, as
/// `mingle announce` does. Each delay runs from the return of the commit to the read that brings the
/// announcement's text from the kiosk's terminal (the banner is on every screen).
///
/// Each announcement expires when the next is committed, so that the banner shows one at a time; the
/// pause between commits (`PropagationPause`) is longer than the slowest delay so far, and an
/// announcement that did not reach the screen before it ended counts as lost: slower than any delay.
struct PropagationBenchmark {
  let kiosk: KioskProcess
  /// The event's store, opened in this process.
  let store: EventStore
  /// How many announcements are committed at most (at least 1).
  let commits: Int
  /// Seconds after which no more are committed (a slow kiosk gets fewer).
  let budgetSeconds: Double

  /// The bound of issue #4.
  static let target = Target.below(1000, "ms")

  /// Commits the announcements and times each on the screen.
  func run() throws -> ResultTable {
    let (session, firstFrame) = try kiosk.start()
    defer { session.stop() }
    var random = SystemRandomNumberGenerator()
    var tokens = PropagationTokens(seed: random.next())
    // The first estimate of a delay: reading the store and drawing a frame, as the first frame did.
    var slowest = Monotonic.milliseconds(firstFrame.end - firstFrame.start) / 1000
    var delays: [Double] = []
    var lost = 0
    var sent = 0
    let deadline = Monotonic.now() + UInt64(budgetSeconds * 1e9)
    for commit in 0..<commits where commit == 0 || Monotonic.now() < deadline {
      sent += 1
      let pause = PropagationPause.seconds(slowestSoFar: slowest, random: Double.random(in: 0..<1, using: &random))
      var watch = PropagationWatch<UInt64>(tokens.next())
      let now = Date()
      // Up since a second ago: a kiosk asks the store for what is up at the time it woke, which may be just before the commit.
      let announcement = Announcement(
        id: UUID().uuidString, text: String(decoding: watch.needle, as: UTF8.self), createdAt: now.addingTimeInterval(-1),
        expiresAt: now.addingTimeInterval(pause))
      try store.announce(announcement, actor: BenchFixture.actor)
      let committed = Monotonic.now()
      guard Self.read(session, into: &watch, until: committed + UInt64(pause * 1e9)) else {
        throw BenchError(description: "the kiosk (pid \(session.pid)) closed its terminal during the propagation benchmark")
      }
      if let seen = watch.seenAt {
        delays.append(Monotonic.milliseconds(seen - committed))
        slowest = max(slowest, Monotonic.milliseconds(seen - committed) / 1000)
      } else {
        lost += 1
        slowest = max(slowest, pause)
      }
    }
    guard !delays.isEmpty else {
      throw BenchError(description: "none of \(sent) announcements reached the kiosk's screen before the next commit")
    }
    let summary = Summary(delays)
    return ResultTable(
      title: "Propagation through a pty (\(sent) announcements committed by another process at \(kiosk.columns)x\(kiosk.rows), verdict on p99)",
      rows: [
        ResultRow(
          "commit → announcement on screen", Format.timings(summary, percentiles: [\.p50, \.p99, \.max]),
          value: Self.verdictValue(delays: delays, lost: lost), target: Self.target)
      ] + (lost > 0 ? [ResultRow("announcements not on screen before the next commit (counted as slower than any)", "\(lost)")] : []))
  }

  /// The p99 the verdict is on: the nearest rank among `delays` and `lost` announcements, which
  /// count as slower than any delay.
  static func verdictValue(delays: [Double], lost: Int) -> Double {
    Summary.percentile(99, ofSorted: delays.sorted() + Array(repeating: .infinity, count: lost))
  }

  /// Reads what the kiosk of `session` writes until the monotonic time `deadline`, feeding it to
  /// `watch` (the session's own record of chunks is left alone: only the watch needs this output);
  /// false when the kiosk closed the terminal.
  static func read(_ session: TerminalSession, into watch: inout PropagationWatch<UInt64>, until deadline: UInt64) -> Bool {
    var descriptor = pollfd(fd: session.master, events: Int16(POLLIN), revents: 0)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let now = Monotonic.now()
      guard now < deadline else { return true }
      guard poll(&descriptor, 1, Int32(min((deadline - now) / Monotonic.millisecond + 1, 1000))) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { Glibc.read(session.master, $0.baseAddress, $0.count) }
      guard count > 0 else {
        if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
        return false
      }
      watch.feed(buffer[0..<count], at: Monotonic.now())
    }
  }
}
