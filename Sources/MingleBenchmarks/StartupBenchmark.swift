/// Time from starting `mingle run` to its first complete frame on the terminal, through a pty: from
/// `posix_spawn` to the last byte of the first burst of output (the frame), over several runs.
struct StartupBenchmark {
  let kiosk: KioskProcess
  let runs: Int

  /// The first-frame target from the issue.
  static let target = Target.below(300, "ms")

  /// The timings and the peak memory of the runs.
  struct Outcome {
    var table: ResultTable
    /// The memory of the run with the largest peak, right after its first frame.
    var memory: ProcessSample
  }

  /// Starts the kiosk `runs` (at least 1) times, each time stopping it after its first frame.
  func run() throws -> Outcome {
    var times: [Double] = []
    var samples: [ProcessSample] = []
    var bytes: [Int] = []
    for _ in 0..<runs {
      let (session, frame) = try kiosk.start()
      defer { session.stop() }
      guard let sample = ProcessSample(pid: session.pid) else { throw BenchError(description: "the kiosk exited after its first frame") }
      samples.append(sample)
      times.append(Monotonic.milliseconds(frame.end - frame.start))
      bytes.append(frame.bytes)
    }
    let summary = Summary(times)
    let cpu = Summary(samples.map { $0.cpuSeconds * 1000 })
    let table = ResultTable(
      title: "Startup through a pty (\(runs) runs, verdict on p50)",
      rows: [
        ResultRow(
          "first frame, `mingle run` at \(kiosk.columns)x\(kiosk.rows)", Format.timings(summary, percentiles: [\.p50, \.max]),
          value: summary.p50, target: Self.target),
        ResultRow("CPU time of the kiosk up to then (/proc/PID/stat, in steps of 10 ms)", Format.timings(cpu, percentiles: [\.p50, \.max])),
        ResultRow("bytes of the first frame", Format.bytes(bytes.max() ?? 0)),
      ])
    let memory = samples.max { $0.peakResidentKilobytes < $1.peakResidentKilobytes } ?? samples[0]
    return Outcome(table: table, memory: memory)
  }
}
