import ArgumentParser
import EventState
import Foundation

/// `mingle-bench`: measures a release build of mingle against the targets of "Proof it holds up" and
/// prints the results as Markdown tables.
@main
struct MingleBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mingle-bench",
    abstract: "Measure mingle (startup, rendering, bytes, idle CPU, key latency, propagation, memory) and print a table.",
    discussion: """
      Run it as `swift run -c release mingle-bench` (that builds mingle too). It writes an event folder \
      of --people attendees, each with a roster row and a pinned card, to a temporary directory, renders \
      every screen and reloads an edited roster in process, and runs `mingle run` on pseudo-terminals of \
      its own (xterm-256color, and the Linux console's `linux` for one idle kiosk), committing \
      announcements to the store from this process for the propagation figure. A full run takes about \
      seven minutes, more when renders are slow; the clock tick waits for the next minute to begin. \
      Other work on the machine skews the wall-clock figures: the load average is printed with them. \
      See docs/PERFORMANCE.md.
      """)

  @Option(help: "Seconds the idle CPU is measured over (default 60, or 10 with --quick).")
  var seconds: Int?

  @Flag(help: "Fewer renders, starts and keys, and 10 s of idle CPU: a quick look, not a record.")
  var quick = false

  @Option(help: "Attendees of the event: each has a roster row and a pinned card.")
  var people = 10_000

  @Option(help: "Terminal width.")
  var columns = 320

  @Option(help: "Terminal height.")
  var rows = 90

  @Option(help: ArgumentHelp("The mingle executable (default: the one built next to mingle-bench).", valueName: "path"))
  var mingle: String?

  @Flag(help: "Keep the temporary event folder and print where it is.")
  var keep = false

  @Option(help: ArgumentHelp("Use an event folder an earlier --keep run left instead of writing one (pinning is slow).", valueName: "folder"))
  var reuse: String?

  /// The memory target from the issue.
  static let memoryTarget = Target.below(40, "MB")

  mutating func validate() throws {
    guard seconds.map({ $0 >= 1 }) ?? true else { throw ValidationError("--seconds must be at least 1") }
    guard people >= 1 else { throw ValidationError("--people must be at least 1") }
    guard (40...1000).contains(columns), (14...1000).contains(rows) else {
      throw ValidationError("the terminal must be between 40x14 (mingle's smallest) and 1000x1000")
    }
  }

  func run() throws {
    guard let executable = mingle ?? MingleExecutable.sibling else {
      throw ValidationError("no mingle next to mingle-bench: build both with `swift build -c release`, or pass --mingle PATH")
    }
    #if DEBUG
      Self.log("warning: this is a debug build; only `swift run -c release mingle-bench` gives meaningful figures")
    #endif
    let machine = MachineDescription.text()
    let fixture: BenchFixture
    if let reuse {
      fixture = try BenchFixture(reusing: URL(fileURLWithPath: reuse))
    } else {
      Self.log("writing the event folder …")
      fixture = try BenchFixture(people: people, log: Self.log)
    }
    defer {
      if keep || reuse != nil { Self.log("event folder kept: \(fixture.folder.path)") } else { fixture.remove() }
    }
    let (event, tables) = try measure(fixture: fixture, executable: executable)
    print(machine)
    print("\(event); terminal \(columns)x\(rows); mingle: \(executable)\n")
    print(tables.map(\.markdown).joined(separator: "\n\n"))
    let missed = tables.flatMap(\.rows).filter { $0.met == false }.map(\.measure)
    print("\nLoad average at the end: \(MachineDescription.loadAverage).")
    print(missed.isEmpty ? "Every target met." : "Targets missed: \(missed.joined(separator: "; ")).")
  }

  /// Every benchmark, in process first, then through pseudo-terminals: what the event holds, and the
  /// result tables.
  func measure(fixture: BenchFixture, executable: String) throws -> (event: String, tables: [ResultTable]) {
    Self.log("in process: startup steps, renders, wake-ups, reloads …")
    let startupSteps = try StartupBreakdown(folder: fixture.folder, columns: columns, rows: rows).run()
    let folder = EventFolder.load(from: fixture.folder)
    let store = try EventStore(url: folder.stateURL)
    let live = try store.snapshot(now: Date())
    let event = "Event: \(folder.roster.count) roster rows, \(live.cards.count) pinned cards, \(live.queue.count) open-mic entries"
    let renders = RenderBenchmark(
      folder: folder, live: live, columns: columns, rows: rows, iterations: quick ? 30 : 200, budgetSeconds: quick ? 5 : 20
    ).run()
    let wakeUps = try WakeUpBenchmark(folder: folder, store: store, live: live, columns: columns, rows: rows, iterations: quick ? 200 : 1000).run()
    let reload = try ReloadBenchmark(folder: folder, live: live, columns: columns, rows: rows, edits: quick ? 3 : 7).run()
    let kiosk = KioskProcess(executable: executable, fixture: fixture, columns: columns, rows: rows)
    Self.log("through a pty: startup …")
    let startup = try StartupBenchmark(kiosk: kiosk, runs: quick ? 3 : 5).run()
    Self.log("through a pty: key latency …")
    let keys = try KeyLatencyBenchmark(kiosk: kiosk, presses: quick ? 10 : 40, budgetSeconds: quick ? 20 : 60).run()
    Self.log("through a pty: propagation from another process's commits …")
    let propagation = try PropagationBenchmark(kiosk: kiosk, store: store, commits: quick ? 10 : 40, budgetSeconds: quick ? 30 : 120).run()
    let idleSeconds = seconds ?? (quick ? 10 : 60)
    Self.log("through a pty: idle CPU for \(idleSeconds) s, then the clock's next minute …")
    let idle = try IdleBenchmark(kiosk: kiosk, seconds: idleSeconds).run()
    let memory = ResultTable(
      title: "Memory (from /proc/PID/status: peak VmHWM, verdict on it, and VmRSS now; 1 MB = 10^6 bytes)",
      rows: [
        Self.memoryRow("after the first frame (largest of the starts)", startup.memory),
        Self.memoryRow("after showing every screen (the key-latency kiosk)", keys.memory),
        Self.memoryRow("after idling (largest of the idle kiosks)", idle.memory),
      ])
    return (event, [startup.table, startupSteps, renders, wakeUps, reload, keys.latency, propagation, idle.output, idle.cpu, memory])
  }

  /// A memory row for `sample` (/proc gives kilobytes of 1024 bytes).
  static func memoryRow(_ measure: String, _ sample: ProcessSample) -> ResultRow {
    func megabytes(_ kilobytes: Int) -> Double { Double(kilobytes) * 1024 / 1e6 }
    let peak = megabytes(sample.peakResidentKilobytes)
    let text = String(format: "peak %.1f MB · now %.1f MB", peak, megabytes(sample.residentKilobytes))
    return ResultRow(measure, text, value: peak, target: memoryTarget)
  }

  /// Progress, on standard error so that standard output holds only the results.
  static func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
