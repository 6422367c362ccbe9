import EventState
import Foundation

/// `mingle-crash-worker STATE TAG SEED`: one of the processes of the crash suite
/// (Tests/EndToEndTests/CrashEndToEndTests.swift), which kills it with SIGKILL at random moments.
///
/// Opens the store at STATE and, until it is killed, pins cards, joins the open-mic queue and
/// advances it, in an order drawn from SEED. Each action gets the id `TAG.N` (N counts from 1) and
/// writes its acknowledgement line to standard output only after the store call returned; the suite
/// then checks that every acknowledged action is in the store exactly once. Exits with status 1 and
/// a message on standard error when the store fails, and with 64 on wrong arguments.
@main
enum MingleCrashWorker {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count == 3, !arguments[1].isEmpty, let seed = UInt64(arguments[2]) else {
      WorkerOutput.fail("usage: mingle-crash-worker STATE-FILE TAG SEED", status: 64)
    }
    do {
      var workload = CrashWorkload(
        store: try EventStore(url: URL(fileURLWithPath: arguments[0])), tag: arguments[1],
        random: SplitMix64(seed: seed))
      while true {
        WorkerOutput.acknowledge(try workload.performNextAction())
      }
    } catch {
      WorkerOutput.fail("mingle-crash-worker \(arguments[1]): \(error)", status: 1)
    }
  }
}
