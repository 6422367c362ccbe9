import Foundation
import Testing

@testable import EventState

@Suite("Store: moderating the open mic")
struct EventStoreModerationTests {
  let folder = ScratchFolder()

  /// A store with Ada, Ben and Cleo waiting in that order.
  func storeWithQueue() throws -> EventStore {
    let store = try EventStore(url: folder.stateURL)
    for (id, name) in [("a", "Ada"), ("b", "Ben"), ("c", "Cleo")] { try store.enqueue(storeEntry(id, name), actor: "test") }
    return store
  }

  func at(_ seconds: Double) -> Date { storeT0.addingTimeInterval(seconds) }

  @Test("next puts the first waiting entry live, then finishes it and puts the next one live")
  func next() throws {
    let store = try storeWithQueue()
    #expect(try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(10), actor: "t") == .advanced(finished: nil, live: try store.snapshot(now: at(10)).liveSpeaker))
    let live = try store.snapshot(now: at(10)).liveSpeaker
    #expect(live?.name == "Ada")
    #expect(live?.startedAt == at(10))
    let result = try store.advanceQueue(expectingLive: "a", settings: OpenMicSettings(), at: at(200), actor: "t")
    guard case .advanced(let finished?, let now?) = result else {
      Issue.record("expected an advance, got \(result)")
      return
    }
    #expect(finished.name == "Ada" && finished.status == .done && finished.endedAt == at(200))
    #expect(finished.spokenSeconds(at: at(999)) == 190)
    #expect(now.name == "Ben" && now.startedAt == at(200))
    #expect(try store.snapshot(now: at(200)).waiting.map(\.name) == ["Cleo"])
  }

  @Test("next with a stale expectation changes nothing (compare-and-set)")
  func staleNext() throws {
    let store = try storeWithQueue()
    try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(1), actor: "t")
    let before = try store.snapshot(now: at(2))
    let result = try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(2), actor: "t")
    #expect(result == .alreadyAdvanced(live: before.liveSpeaker))
    #expect(try store.snapshot(now: at(2)) == before)
    #expect(try store.auditLog(limit: nil).filter { $0.action == "next" }.count == 1)
  }

  @Test("next on an empty queue says so; the last speaker finishing leaves nobody live")
  func emptyQueue() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(1), actor: "t") == .empty)
    try store.enqueue(storeEntry("a", "Ada"), actor: "t")
    try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(1), actor: "t")
    let result = try store.advanceQueue(expectingLive: "a", settings: OpenMicSettings(), at: at(61), actor: "t")
    guard case .advanced(let finished?, nil) = result else {
      Issue.record("expected Ada to finish, got \(result)")
      return
    }
    #expect(finished.name == "Ada")
    #expect(try store.snapshot(now: at(61)).liveSpeaker == nil)
  }

  @Test("next follows the fairness rules")
  func fairNext() throws {
    let store = try EventStore(url: folder.stateURL)
    for (id, name) in [("a", "Ada"), ("a2", "Ada"), ("b", "Ben")] { try store.enqueue(storeEntry(id, name), actor: "t") }
    let rules = OpenMicSettings(noRepeatInARow: true)
    try store.advanceQueue(expectingLive: nil, settings: rules, at: at(1), actor: "t")
    try store.advanceQueue(expectingLive: "a", settings: rules, at: at(2), actor: "t")
    #expect(try store.snapshot(now: at(2)).liveSpeaker?.id == "b")
  }

  @Test("the timer pauses and resumes; pauses do not count as speaking time")
  func timerPause() throws {
    let store = try storeWithQueue()
    try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(0), actor: "t")
    #expect(try store.toggleTimer(id: "a", at: at(30), actor: "t") == true)
    #expect(try store.snapshot(now: at(50)).liveSpeaker?.spokenSeconds(at: at(50)) == 30)
    #expect(try store.toggleTimer(id: "a", at: at(90), actor: "t") == false)
    #expect(try store.snapshot(now: at(100)).liveSpeaker?.spokenSeconds(at: at(100)) == 40)
    #expect(try store.toggleTimer(id: "b", at: at(100), actor: "t") == nil)
    try store.toggleTimer(id: "a", at: at(120), actor: "t")
    try store.advanceQueue(expectingLive: "a", settings: OpenMicSettings(), at: at(200), actor: "t")
    let ada = try #require(try store.snapshot(now: at(200)).finished.first)
    #expect(ada.spokenSeconds(at: at(300)) == 60)
    #expect(!ada.isTimerPaused)
  }

  @Test("a minute more or less changes the live slot, within 0 and 30 minutes")
  func adjust() throws {
    let store = try storeWithQueue()
    try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(0), actor: "t")
    #expect(try store.adjustLiveTime(id: "a", bySeconds: 60, actor: "t"))
    #expect(try store.snapshot(now: at(0)).liveSpeaker?.slotSeconds == 240)
    for _ in 0..<10 { try store.adjustLiveTime(id: "a", bySeconds: -60, actor: "t") }
    #expect(try store.snapshot(now: at(0)).liveSpeaker?.slotSeconds == 0)
    #expect(try !store.adjustLiveTime(id: "a", bySeconds: -60, actor: "t"))
    for _ in 0..<40 { try store.adjustLiveTime(id: "a", bySeconds: 60, actor: "t") }
    #expect(try store.snapshot(now: at(0)).liveSpeaker?.slotSeconds == EventStore.longestSlotSeconds)
    #expect(try !store.adjustLiveTime(id: "b", bySeconds: 60, actor: "t"))
  }

  @Test("moving and removing waiting entries")
  func moveAndRemove() throws {
    let store = try storeWithQueue()
    #expect(try store.moveQueueEntry(id: "c", by: -1, actor: "t"))
    #expect(try store.snapshot(now: at(0)).waiting.map(\.name) == ["Ada", "Cleo", "Ben"])
    #expect(try store.moveQueueEntry(id: "c", by: -5, actor: "t"))
    #expect(try store.snapshot(now: at(0)).waiting.map(\.name) == ["Cleo", "Ada", "Ben"])
    #expect(try !store.moveQueueEntry(id: "c", by: -1, actor: "t"))
    #expect(try !store.moveQueueEntry(id: "nobody", by: 1, actor: "t"))
    #expect(try store.removeQueueEntry(id: "a", actor: "t")?.name == "Ada")
    #expect(try store.removeQueueEntry(id: "a", actor: "t") == nil)
    try store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: at(1), actor: "t")
    #expect(try store.removeQueueEntry(id: "c", actor: "t") == nil, "the live speaker is not removed with x")
    #expect(try store.snapshot(now: at(1)).queue.map(\.name) == ["Cleo", "Ben"])
    let actions = try store.auditLog(limit: nil).map(\.action)
    #expect(actions.filter { $0 == "move" }.count == 2 && actions.filter { $0 == "remove" }.count == 1)
  }

  @Test("a new store opened on the file sees the pause, a screen request and the lockout")
  func sharedControlAndLockout() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(try store.setRotationPaused(true, actor: "t"))
    #expect(try !store.setRotationPaused(true, actor: "t"))
    try store.requestScreen(.wall, actor: "t")
    try store.requestScreen(.wall, actor: "t")
    let hash = PINHash.make(pin: "2468", iterations: 1)
    for second in 0..<5 { _ = try PinCheck.check("1111", against: hash, in: store, at: at(Double(second)), actor: "t") }
    let other = try EventStore(url: folder.stateURL)
    let live = try other.snapshot(now: at(10))
    #expect(live.control == DisplayControl(rotationPaused: true, screenRequest: .init(screen: .wall, serial: 2)))
    #expect(live.lockout.failures == 5 && live.lockout.secondsLeft(at: at(10)) == 54)
    #expect(try PinCheck.check("2468", against: hash, in: other, at: at(100), actor: "t") == .accepted)
    #expect(try store.pinLockout() == PinLockout())
    let actions = try store.auditLog(limit: nil).map(\.action)
    #expect(actions.filter { $0 == "wrong PIN" }.count == 5 && actions.contains("unlock") && actions.contains("pause rotation"))
  }

  @Test("a store written before moderation existed is upgraded with its queue intact")
  func upgrade() throws {
    try sqlite3Succeeding(
      folder.stateURL,
      """
      CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
      INSERT INTO grdb_migrations VALUES ('createLiveState');
      \(StoreSchema.createLiveState)
      INSERT INTO open_mic_entry (id, name, pitch, minutes, status, position, joined_at, started_at)
        VALUES ('old', 'Ada', 'pitch', 3, 'live', 1, 1800000000, 1800000000);
      """)
    let store = try EventStore(url: folder.stateURL)
    let live = try #require(try store.snapshot(now: at(0)).liveSpeaker)
    #expect(live.name == "Ada" && live.extraSeconds == 0 && !live.isTimerPaused && live.slotSeconds == 180)
    #expect(try store.pinLockout() == PinLockout())
  }
}
