import Foundation
import Testing

@testable import EventState

@Suite("Two moderators at once, through two stores on one file")
struct ConcurrentModerationTests {
  let folder = ScratchFolder()

  /// Two stores on the file, with `count` entries waiting (e0, e1, …).
  func storesWithQueue(_ count: Int) throws -> [EventStore] {
    let stores = [try EventStore(url: folder.stateURL), try EventStore(url: folder.stateURL)]
    for index in 0..<count { try stores[0].enqueue(storeEntry("e\(index)", "Speaker \(index)"), actor: "kiosk") }
    return stores
  }

  /// Runs `body` on two threads at once, one for each store, and returns what each returned.
  func together<T: Sendable>(_ stores: [EventStore], _ body: @Sendable (EventStore, Int) throws -> T) throws -> [T] {
    let results = Gathered<T>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      results.put(Result(catching: { try body(stores[index], index) }), at: index)
    }
    return try results.values.map { try $0.get() }
  }

  @Test("next pressed together on the same speaker advances the queue exactly once, round after round")
  func nextTogether() throws {
    let stores = try storesWithQueue(12)
    let settings = OpenMicSettings()
    var expected: String?
    for round in 0..<12 {
      let at = storeT0.addingTimeInterval(Double(round) * 60)
      let seen = expected
      let outcomes = try together(stores) { store, index in
        try store.advanceQueue(expectingLive: seen, settings: settings, at: at, actor: "moderator \(index)")
      }
      let advanced = outcomes.filter { if case .advanced = $0 { true } else { false } }
      #expect(advanced.count == 1, "round \(round): \(outcomes)")
      let live = try stores[0].snapshot(now: at)
      #expect(live.liveSpeaker?.id == "e\(round)")
      #expect(outcomes.contains(.alreadyAdvanced(live: live.liveSpeaker)))
      expected = live.liveSpeaker?.id
    }
    let log = try stores[1].auditLog(limit: nil)
    #expect(log.filter { $0.action == "next" }.count == 12)
    #expect(try stores[1].snapshot(now: storeT0).finished.count == 11)
  }

  @Test("removing the same entry together removes it once")
  func removeTogether() throws {
    let stores = try storesWithQueue(3)
    let removed = try together(stores) { store, index in try store.removeQueueEntry(id: "e1", actor: "moderator \(index)") }
    #expect(removed.compactMap { $0?.id } == ["e1"])
    #expect(try stores[0].snapshot(now: storeT0).waiting.map(\.id) == ["e0", "e2"])
    #expect(try stores[0].auditLog(limit: nil).filter { $0.action == "remove" }.count == 1)
  }

  @Test("moves and removes racing leave every waiting entry once, at distinct positions")
  func moveAndRemoveRacing() throws {
    let stores = try storesWithQueue(10)
    _ = try together(stores) { store, index in
      for step in 0..<10 {
        if index == 0 {
          try store.moveQueueEntry(id: "e\(step % 3)", by: step.isMultiple(of: 2) ? 2 : -1, actor: "moderator 0")
        } else if step >= 4 {
          try store.removeQueueEntry(id: "e\(step)", actor: "moderator 1")
        }
      }
    }
    let waiting = try stores[0].snapshot(now: storeT0).waiting
    #expect(waiting.map(\.id).sorted() == ["e0", "e1", "e2", "e3"])
    #expect(Set(waiting.map(\.position)).count == waiting.count)
  }

  @Test("a move racing a remove of the same entry either moves it first or finds it gone")
  func moveRacingRemove() throws {
    for _ in 0..<10 {
      let scratch = ScratchFolder()
      let stores = [try EventStore(url: scratch.stateURL), try EventStore(url: scratch.stateURL)]
      for index in 0..<4 { try stores[0].enqueue(storeEntry("e\(index)", "Speaker \(index)"), actor: "kiosk") }
      let results = try together(stores) { store, index in
        index == 0
          ? try store.moveQueueEntry(id: "e1", by: 1, actor: "moderator 0")
          : try store.removeQueueEntry(id: "e1", actor: "moderator 1") != nil
      }
      #expect(results[1], "the remove always finds the entry, moved or not")
      let waiting = try stores[0].snapshot(now: storeT0).waiting
      #expect(waiting.map(\.id) == ["e0", "e2", "e3"])
      #expect(Set(waiting.map(\.position)).count == 3)
    }
  }
}

/// Values put by several threads, each in its own slot.
final class Gathered<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Int: Result<T, any Error>] = [:]

  func put(_ result: Result<T, any Error>, at index: Int) {
    lock.withLock { slots[index] = result }
  }

  /// The results by slot.
  var values: [Result<T, any Error>] { lock.withLock { slots.keys.sorted().compactMap { slots[$0] } } }
}
