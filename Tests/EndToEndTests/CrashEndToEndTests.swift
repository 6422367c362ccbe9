import EventState
import Foundation
import Testing

/// Three `mingle-crash-worker` processes pin cards, join the open-mic queue and advance it on one
/// store while one of them is killed with SIGKILL every 5–60 ms and started again; afterwards every
/// acknowledged action is in the store exactly once and SQLite finds the file sound.
///
/// `MINGLE_CRASH_KILLS` sets how many kills (500 by default, CI's form) and `MINGLE_CRASH_SEED` the
/// seed of the pauses, victims and workers (random by default, printed).
@Suite struct CrashEndToEndTests {
  @Test func everyAcknowledgedActionSurvivesRandomKills() throws {
    let environment = ProcessInfo.processInfo.environment
    let kills = environment["MINGLE_CRASH_KILLS"].flatMap(Int.init) ?? 500
    let seed = environment["MINGLE_CRASH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
    let started = Date()
    var harness = CrashHarness(folder: try MingleBinary.temporaryFolder(), seed: seed)
    try harness.run(kills: kills)

    let integrity = try Shell.run("/usr/bin/sqlite3", [harness.state.path, "PRAGMA integrity_check; PRAGMA foreign_key_check;"])
    let ledger = try harness.ledger()
    let store = try EventStore(url: harness.state)
    let check = CrashCheck(ledger: ledger, state: try store.snapshot(now: Date()), audit: try store.auditLog(limit: nil))
    let problems = check.problems
    print(
      """
      crash suite: \(harness.kills) kills of \(harness.runs.count) worker runs in \
      \(String(format: "%.1f", Date().timeIntervalSince(started))) s (seed \(seed)); \(ledger.count) actions \
      acknowledged (\(ledger.pins.count) pins, \(ledger.enqueues.count) enqueues, \(ledger.advances.count) nexts, \
      \(ledger.unchangedNexts.count) stale or empty nexts); \(check.committedUnacknowledged) committed but killed \
      before acknowledging
      """)

    #expect(harness.kills >= kills)
    #expect(integrity.output == "ok\n", "PRAGMA integrity_check and foreign_key_check: \(integrity.output)")
    #expect(harness.unexpectedEndings.count == 0, "workers that ended on their own:\n\(harness.unexpectedEndings.prefix(20).joined(separator: "\n"))")
    #expect(ledger.malformed.count == 0, "lines that are not acknowledgements:\n\(ledger.malformed.prefix(20).joined(separator: "\n"))")
    #expect(problems.count == 0, "store \(harness.state.path):\n\(problems.prefix(40).joined(separator: "\n"))")
    #expect(
      !ledger.pins.isEmpty && !ledger.enqueues.isEmpty && !ledger.advances.isEmpty,
      "the workers acknowledged too little to prove anything")
    if problems.isEmpty && integrity.output == "ok\n" && harness.unexpectedEndings.isEmpty {
      try? FileManager.default.removeItem(at: harness.folder)
    }
  }

  @Test func aLineCutShortByTheKillIsNotAnAcknowledgement() {
    var ledger = CrashLedger()
    ledger.read("ACK pin w0r0.1\nACK next w0r0.2 nobody->w1r1.4\nACK enqueue w0r", tag: "w0r0")
    #expect(ledger.pins == ["w0r0.1"])
    #expect(ledger.advances == [CrashLedger.Advance(id: "w0r0.2", finished: "nobody", live: "w1r1.4")])
    #expect(ledger.enqueues.isEmpty)
    #expect(ledger.lastAcknowledged == ["w0r0": 2])
    #expect(ledger.malformed.isEmpty)
  }

  @Test func theCheckFindsLostDuplicatedAndUnsequencedActions() {
    var ledger = CrashLedger()
    ledger.read("ACK pin w0r0.1\nACK enqueue w0r0.2\nACK next w0r0.3 nobody->w0r0.2\n", tag: "w0r0")
    let now = Date()
    let audit = [
      AuditEntry(at: now, actor: "w0r0.2", action: "enqueue", detail: "w0r0.2, 1 min"),
      AuditEntry(at: now, actor: "w0r0.3", action: "next", detail: "nobody → w0r0.2"),
      AuditEntry(at: now, actor: "w0r0.5", action: "pin", detail: "w0r0.5 on crash"),
    ]
    let entry = OpenMicEntry(id: "w0r0.2", name: "w0r0.2", pitch: "", minutes: 1, status: .live, position: 1, joinedAt: now, startedAt: now)
    let card = PinnedCard(id: "w0r0.5", topicID: "crash", name: "w0r0.5", pinnedAt: now)
    #expect(CrashCheck(ledger: ledger, state: LiveState(cards: [card], queue: [entry]), audit: audit).problems == [
      "acknowledged pin w0r0.1 is 0 cards",
      "acknowledged pin w0r0.1 is audited as []",
      "action w0r0.5 was committed although w0r0 acknowledged only up to 3",
    ])
    let twice = audit + [AuditEntry(at: now, actor: "w0r0.3", action: "next", detail: "nobody → w0r0.2")]
    let problems = CrashCheck(ledger: ledger, state: LiveState(cards: [card], queue: [entry]), audit: twice).problems
    #expect(problems.contains("action w0r0.3 was committed 2 times"))
    #expect(problems.contains("next w0r0.3 finished nobody while w0r0.2 was live"))
    #expect(problems.contains("w0r0.2 is live but went live 2 times and finished 0 times"))
  }
}
