import Foundation

/// Idle CPU and the bytes of a clock tick, through ptys: kiosks left alone side by side, one rotating
/// through the event's screens and two showing only the tips (a screen that stays still, so that
/// their only output is the header clock's minute changing), one on an xterm and one on the Linux
/// console's terminal type. CPU time comes from /proc/PID/stat.
struct IdleBenchmark {
  let kiosk: KioskProcess
  /// Seconds the CPU time is measured over (at least 1). The clock tick is awaited beyond them when
  /// no minute began within them.
  let seconds: Int

  /// The CPU target from the issue, in percent of one core.
  static let cpuTarget = Target.below(0.5, "% of a core")
  /// The clock tick target from the issue.
  static let tickTarget = Target.atMost(40, "bytes")
  /// Pause that separates one redraw from the next.
  static let burstGap = 50 * Monotonic.millisecond

  /// What the kiosks did.
  struct Outcome {
    var cpu: ResultTable
    var output: ResultTable
    /// The memory of the kiosk with the largest peak, at the end.
    var memory: ProcessSample
  }

  /// One of the idle kiosks: what it is, how it was started, and what it showed first.
  struct Idler {
    var name: String
    var session: TerminalSession
    var firstFrame: OutputBurst
  }

  /// Runs the kiosks for `seconds` (and into the next minute) and measures them.
  func run() throws -> Outcome {
    let still = ["--screens", "tips"]
    let idlers = try [
      ("rotating display (event.toml's rotation)", [], KioskProcess.xterm),
      ("one still screen (`--screens tips`)", still, KioskProcess.xterm),
      ("one still screen, TERM=linux", still, KioskProcess.linuxConsole),
    ].map { name, options, term in
      let (session, frame) = try kiosk.start(options, term: term)
      return Idler(name: name, session: session, firstFrame: frame)
    }
    defer { idlers.forEach { $0.session.stop() } }
    let sessions = idlers.map(\.session)
    TerminalSession.pump(sessions, until: Monotonic.now() + 1_000 * Monotonic.millisecond)
    let start = Monotonic.now()
    let minute = Self.nextMinute()
    let before = try sessions.map(Self.sample)
    let bytesBefore = sessions[0].byteCount
    TerminalSession.pump(sessions, until: start + UInt64(seconds) * 1_000 * Monotonic.millisecond)
    let end = Monotonic.now()
    let after = try sessions.map(Self.sample)
    let rotatingBytes = sessions[0].byteCount - bytesBefore
    TerminalSession.pump(sessions, until: minute + 2_000 * Monotonic.millisecond)
    let memory = try sessions.map(Self.sample).max { $0.peakResidentKilobytes < $1.peakResidentKilobytes } ?? after[0]

    let elapsed = Double(end - start) / 1e9
    let cpu = ResultTable(
      title: "Idle CPU through a pty (\(Format.number(elapsed)) s at \(kiosk.columns)x\(kiosk.rows), from /proc/PID/stat)",
      rows: idlers.indices.map { index in
        let used = after[index].cpuSeconds - before[index].cpuSeconds
        let percent = used / elapsed * 100
        return ResultRow(idlers[index].name, String(format: "%.2f %% of a core (%.2f s CPU)", percent, used), value: percent, target: Self.cpuTarget)
      })

    let rotatingRedraws = OutputBurst.group(sessions[0].chunks(since: start).filter { $0.time <= end }, gap: Self.burstGap)
    let ticks = idlers.dropFirst().flatMap { idler in
      let bursts = OutputBurst.group(idler.session.chunks(since: idler.firstFrame.end + 1), gap: Self.burstGap)
      let tick = bursts.filter { $0.start + 200 * Monotonic.millisecond >= minute && $0.start <= minute + 1_500 * Monotonic.millisecond }
      let tickBytes = tick.reduce(0) { $0 + $1.bytes }
      let otherBytes = bursts.reduce(0) { $0 + $1.bytes } - tickBytes
      return [
        ResultRow("clock tick, \(idler.name)", Format.bytes(tickBytes), value: Double(tickBytes), target: Self.tickTarget),
        ResultRow("anything else it sent after its first frame", Format.bytes(otherBytes)),
      ]
    }
    let output = ResultTable(
      title: "Bytes written to the terminal while idle (counted on the pty's master side)",
      rows: ticks + [
        ResultRow(
          "\(idlers[0].name), \(Format.number(elapsed)) s",
          "\(Format.bytes(rotatingBytes)) in \(rotatingRedraws.count) redraws (screen changes, page turns, clock)")
      ])
    return Outcome(cpu: cpu, output: output, memory: memory)
  }

  /// The monotonic time at which the wall clock next starts a minute.
  static func nextMinute() -> UInt64 {
    let wall = Date().timeIntervalSince1970
    let now = Monotonic.now()
    return now + UInt64(((wall / 60).rounded(.down) * 60 + 60 - wall) * 1e9)
  }

  /// The /proc sample of `session`'s kiosk.
  static func sample(_ session: TerminalSession) throws -> ProcessSample {
    guard let sample = ProcessSample(pid: session.pid) else { throw BenchError(description: "the kiosk (pid \(session.pid)) exited") }
    return sample
  }
}
