import EventState

/// Key-to-screen latency and bytes per screen change, through a pty: a kiosk rotating through every
/// screen gets Right arrow ("next screen") again and again, at uneven pauses; each time the
/// output it causes is timed from the key to its first and its last byte (the screen drawn), and
/// counted. (Which screen a key leads to is not recorded: the rotation moves on by itself too.)
struct KeyLatencyBenchmark {
  let kiosk: KioskProcess
  /// How many keys are sent at most (at least 1).
  let presses: Int
  /// Seconds after which no more keys are sent (a slow kiosk gets fewer).
  let budgetSeconds: Double

  /// The latency target from the issue.
  static let target = Target.below(10, "ms")
  /// Right arrow as an xterm sends it once ncurses has switched it to keypad-transmit mode (`smkx`):
  /// `ESC O C`. (`ESC [ C`, what it sends otherwise, is not Right to ncurses on xterm-256color.)
  static let nextScreen: [UInt8] = [0x1B, 0x4F, 0x43]
  /// How long output must pause before the new screen counts as drawn.
  static let quiet = 50 * Monotonic.millisecond
  /// How long a key may go unanswered before it counts as lost.
  static let answerTimeout = 20_000 * Monotonic.millisecond

  /// What the keys caused.
  struct Outcome {
    var latency: ResultTable
    /// The memory of the kiosk after it showed every screen.
    var memory: ProcessSample
  }

  /// Sends the keys and measures what follows each.
  func run() throws -> Outcome {
    let screens = ScreenKind.allCases
    let (session, _) = try kiosk.start(["--screens", screens.map(\.rawValue).joined(separator: ",")])
    defer { session.stop() }
    var lastByte: [Double] = []
    var firstByte: [Double] = []
    var bytes: [Double] = []
    var unanswered = 0
    var sent = 0
    let deadline = Monotonic.now() + UInt64(budgetSeconds * 1e9)
    for press in 0..<presses where press == 0 || Monotonic.now() < deadline {
      sent += 1
      let pause = UInt64(250 + press * 137 % 400) * Monotonic.millisecond
      TerminalSession.pump([session], until: Monotonic.now() + pause)
      let pressed = Monotonic.now()
      session.send(Self.nextScreen)
      guard let burst = session.awaitQuiet(since: pressed, minimumBytes: 1, quiet: Self.quiet, timeout: Self.answerTimeout) else {
        unanswered += 1
        continue
      }
      let milliseconds = Monotonic.milliseconds(burst.end - pressed)
      lastByte.append(milliseconds)
      firstByte.append(Monotonic.milliseconds(burst.start - pressed))
      bytes.append(Double(burst.bytes))
    }
    guard !lastByte.isEmpty else { throw BenchError(description: "the kiosk drew nothing after any of \(sent) Right arrows") }
    guard let memory = ProcessSample(pid: session.pid) else { throw BenchError(description: "the kiosk (pid \(session.pid)) exited") }
    let last = Summary(lastByte)
    let first = Summary(firstByte)
    let latency = ResultTable(
      title: "Key to screen through a pty (\(sent) presses of Right arrow at \(kiosk.columns)x\(kiosk.rows), verdict on p95)",
      rows: [
        ResultRow("key → screen drawn (last byte)", Format.timings(last, percentiles: [\.p50, \.p95, \.max]), value: last.p95, target: Self.target),
        ResultRow("key → first byte", Format.timings(first, percentiles: [\.p50, \.p95])),
        ResultRow("bytes per screen change", Self.bytesText(Summary(bytes))),
      ] + (unanswered > 0 ? [ResultRow("keys with no output within 20 s", "\(unanswered)")] : []))
    return Outcome(latency: latency, memory: memory)
  }

  /// "mean 24,608 bytes · least 12,712 bytes · most 35,633 bytes".
  static func bytesText(_ summary: Summary) -> String {
    [("mean", summary.mean), ("least", summary.min), ("most", summary.max)].map { "\($0) \(Format.bytes(Int($1)))" }
      .joined(separator: " · ")
  }
}
