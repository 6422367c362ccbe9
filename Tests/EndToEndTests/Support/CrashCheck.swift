import EventState

/// The crash suite's verdict on a store after its workers were killed: what they acknowledged
/// against what the store holds. Each problem is one line; none means every promise was kept.
///
/// The audit entry of a worker's action has the action's id as its actor, so the audit log says
/// which actions were committed, and how often.
struct CrashCheck {
  let ledger: CrashLedger
  let state: LiveState
  /// The whole audit log, oldest first.
  let audit: [AuditEntry]

  /// Everything wrong with the store, in the order the checks run.
  var problems: [String] {
    acknowledgementProblems + commitProblems + queueProblems
  }

  /// Actions committed (they have an audit entry) although their worker never acknowledged them:
  /// killed between the commit and the acknowledgement.
  var committedUnacknowledged: Int {
    let acknowledged = Set(ledger.pins + ledger.enqueues + ledger.advances.map(\.id))
    return Set(workerAudit.map(\.actor)).subtracting(acknowledged).count
  }

  /// The audit entries of the workers' actions.
  var workerAudit: [AuditEntry] {
    audit.filter { ["pin", "enqueue", "next"].contains($0.action) }
  }

  /// The workers' audit entries by actor (the action's id).
  var auditByActor: [String: [AuditEntry]] {
    Dictionary(grouping: workerAudit, by: \.actor)
  }

  /// Every acknowledged pin is one card, every acknowledged enqueue one queue entry, each with its
  /// one audit entry; every acknowledged `next` has its audit entry naming the same two entries, and
  /// one that changed nothing has none.
  var acknowledgementProblems: [String] {
    var problems: [String] = []
    let audited = auditByActor.mapValues { $0.map { "\($0.action) \($0.detail)" } }
    let cards = Dictionary(state.cards.map { ($0.id, 1) }, uniquingKeysWith: +)
    let entries = Dictionary(state.queue.map { ($0.id, 1) }, uniquingKeysWith: +)
    for id in ledger.pins {
      if cards[id] != 1 { problems.append("acknowledged pin \(id) is \(cards[id] ?? 0) cards") }
      if audited[id] != ["pin \(id) on crash"] { problems.append("acknowledged pin \(id) is audited as \(audited[id] ?? [])") }
    }
    for id in ledger.enqueues {
      if entries[id] != 1 { problems.append("acknowledged enqueue \(id) is \(entries[id] ?? 0) queue entries") }
      if audited[id] != ["enqueue \(id), 1 min"] {
        problems.append("acknowledged enqueue \(id) is audited as \(audited[id] ?? [])")
      }
    }
    for advance in ledger.advances where audited[advance.id] != ["next \(advance.finished) → \(advance.live)"] {
      problems.append(
        "acknowledged next \(advance.id) (\(advance.finished) → \(advance.live)) is audited as \(audited[advance.id] ?? [])")
    }
    for id in ledger.unchangedNexts where audited[id] != nil {
      problems.append("next \(id) acknowledged as changing nothing is audited as \(audited[id] ?? [])")
    }
    return problems
  }

  /// No id is stored twice; no action was committed twice, or after the one a worker was doing
  /// when it was killed; every stored card and queue entry came with its audit entry and the other
  /// way round (a transaction half applied would break that).
  var commitProblems: [String] {
    var problems: [String] = []
    let ids = Dictionary(grouping: state.cards.map(\.id) + state.queue.map(\.id)) { $0 }
    for (id, copies) in ids where copies.count > 1 { problems.append("id \(id) is stored \(copies.count) times") }
    for (actor, entries) in auditByActor {
      if entries.count > 1 { problems.append("action \(actor) was committed \(entries.count) times") }
      guard let (tag, number) = CrashLedger.split(actor) else {
        problems.append("audit entry by an unknown actor: \(actor)")
        continue
      }
      let last = ledger.lastAcknowledged[tag, default: 0]
      if number > last + 1 {
        problems.append("action \(actor) was committed although \(tag) acknowledged only up to \(last)")
      }
    }
    let pinned = Set(workerAudit.filter { $0.action == "pin" }.map(\.actor))
    let enqueued = Set(workerAudit.filter { $0.action == "enqueue" }.map(\.actor))
    for (kind, stored, audited) in [("card", Set(state.cards.map(\.id)), pinned), ("queue entry", Set(state.queue.map(\.id)), enqueued)] {
      for id in stored.subtracting(audited).sorted() { problems.append("\(kind) \(id) has no audit entry") }
      for id in audited.subtracting(stored).sorted() { problems.append("\(kind) \(id) is audited but not stored") }
    }
    return problems
  }

  /// The queue moved one step at a time: each committed `next` finished whom the one before put
  /// live, and each entry's status agrees with the `next`s that moved it (queued: none; live: put
  /// live once; done: put live once and finished once). At most one entry is live.
  var queueProblems: [String] {
    var problems: [String] = []
    var live = "nobody"
    var wentLive: [String: Int] = [:]
    var finished: [String: Int] = [:]
    for entry in workerAudit where entry.action == "next" {
      let sides = entry.detail.components(separatedBy: " → ")
      guard sides.count == 2 else {
        problems.append("next \(entry.actor) is audited as \(entry.detail)")
        continue
      }
      if sides[0] != live { problems.append("next \(entry.actor) finished \(sides[0]) while \(live) was live") }
      live = sides[1]
      if sides[0] != "nobody" { finished[sides[0], default: 0] += 1 }
      if sides[1] != "nobody" { wentLive[sides[1], default: 0] += 1 }
    }
    let stored = Set(state.queue.map(\.id))
    for id in Set(wentLive.keys).union(finished.keys).subtracting(stored).sorted() {
      problems.append("next moved \(id), which is not in the queue")
    }
    for entry in state.queue {
      let expected =
        switch entry.status {
        case .queued: [0, 0]
        case .live: [1, 0]
        case .done: [1, 1]
        }
      let moves = [wentLive[entry.id, default: 0], finished[entry.id, default: 0]]
      if moves != expected {
        problems.append("\(entry.id) is \(entry.status) but went live \(moves[0]) times and finished \(moves[1]) times")
      }
    }
    let liveNow = state.queue.filter { $0.status == .live }.map(\.id)
    if liveNow != (live == "nobody" ? [] : [live]) {
      problems.append("the last next put \(live) live, the store has \(liveNow) live")
    }
    return problems
  }
}
