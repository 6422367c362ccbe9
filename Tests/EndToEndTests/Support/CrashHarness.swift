import EventState
import Foundation

/// Three (or `workers`) crash workers on one store in `folder`; every 5–60 ms one of them, picked at
/// random, is killed with SIGKILL and started again with a new tag and seed.
struct CrashHarness {
  /// Where the store and every run's output files are.
  let folder: URL
  var random: SplitMix64
  /// Every worker run, in the order they started.
  private(set) var runs: [CrashWorkerProcess] = []
  /// How many runs the harness killed while they worked (not counting the final stop).
  private(set) var kills = 0
  /// Runs that ended before the harness killed them: how, and what they wrote to standard error.
  private(set) var unexpectedEndings: [String] = []

  /// A harness on a new store in `folder`, drawing its pauses, victims and the workers' seeds from `seed`.
  init(folder: URL, seed: UInt64) {
    self.folder = folder
    random = SplitMix64(seed: seed)
  }

  /// The store's file.
  var state: URL { folder.appendingPathComponent("state.sqlite") }

  /// Starts `workers` workers, kills one every 5–60 ms until `target` kills are done, then kills
  /// the rest.
  mutating func run(kills target: Int, workers: Int = 3) throws {
    var running = try (0..<workers).map { try start(slot: $0) }
    while kills < target {
      usleep(useconds_t(5_000 + random.next() % 55_001))
      for slot in running.indices {
        guard let ending = running[slot].ending() else { continue }
        note(running[slot], ending)
        running[slot] = try start(slot: slot)
      }
      let slot = Int(random.next() % UInt64(running.count))
      let ending = running[slot].killAndReap()
      if ending == .killed { kills += 1 } else { note(running[slot], ending) }
      running[slot] = try start(slot: slot)
    }
    for worker in running {
      let ending = worker.killAndReap()
      if ending != .killed { note(worker, ending) }
    }
  }

  /// What every run acknowledged.
  func ledger() throws -> CrashLedger {
    var ledger = CrashLedger()
    for run in runs {
      ledger.read(String(decoding: try Data(contentsOf: run.output), as: UTF8.self), tag: run.tag)
    }
    return ledger
  }

  /// Starts a worker in `slot` (which only names it).
  private mutating func start(slot: Int) throws -> CrashWorkerProcess {
    let worker = try CrashWorkerProcess(state: state, tag: "w\(slot)r\(runs.count)", seed: random.next(), folder: folder)
    runs.append(worker)
    return worker
  }

  /// Records that `worker` ended on its own.
  private mutating func note(_ worker: CrashWorkerProcess, _ ending: CrashWorkerProcess.Ending) {
    let errors = (try? String(contentsOf: worker.errors, encoding: .utf8)) ?? ""
    unexpectedEndings.append("\(worker.tag) \(ending): \(errors)")
  }
}
