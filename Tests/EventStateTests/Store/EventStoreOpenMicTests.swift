import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreOpenMicTests {
  let folder = ScratchFolder()

  @Test func newEntriesGoToTheEndOfTheQueue() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.enqueue(storeEntry("a", "First"), actor: "test")
    try store.enqueue(storeEntry("b", "Second"), actor: "test")
    try store.enqueue(storeEntry("c", "Placed", position: 10), actor: "test")
    try store.enqueue(storeEntry("d", "After placed"), actor: "test")
    let queue = try store.snapshot(now: storeT0).queue
    #expect(queue.map(\.id) == ["a", "b", "c", "d"])
    #expect(queue.map(\.position) == [1, 2, 10, 11])
  }

  @Test func enqueueingTheSameIdTwiceKeepsOneEntryAndItsPlace() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.enqueue(storeEntry("a", "First"), actor: "test")
    try store.enqueue(storeEntry("b", "Second"), actor: "test")
    try store.enqueue(storeEntry("a", "First"), actor: "test")
    let queue = try store.snapshot(now: storeT0).queue
    #expect(queue.map(\.id) == ["a", "b"])
    #expect(queue.map(\.position) == [1, 2])
    #expect(try store.auditLog(limit: nil).map(\.detail) == ["First, 3 min", "Second, 3 min"])
  }

  @Test func finishedEntriesComeAfterTheQueueByEndTime() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.enqueue(storeEntry("waiting", "Waiting"), actor: "test")
    try sqlite3Succeeding(
      folder.stateURL,
      """
      INSERT INTO open_mic_entry (id, name, minutes, status, position, joined_at, started_at, ended_at) VALUES
        ('later', 'Later', 3, 'done', -5, 0, 100, 300),
        ('earlier', 'Earlier', 3, 'done', -4, 0, 50, 200),
        ('live', 'Live', 3, 'live', 0, 0, 400, NULL);
      """)
    let live = try store.snapshot(now: storeT0)
    #expect(live.queue.map(\.id) == ["live", "waiting", "earlier", "later"])
    #expect(live.liveSpeaker?.startedAt == Date(timeIntervalSince1970: 400))
    #expect(live.finished.first?.endedAt == Date(timeIntervalSince1970: 300))
  }

  @Test func everyFieldSurvivesTheRoundTrip() throws {
    let store = try EventStore(url: folder.stateURL)
    let entry = OpenMicEntry(
      id: "e1", name: "Mei Chen 陈", pitch: "Hiring two data engineers", minutes: 5, status: .queued, position: 7,
      joinedAt: storeT0.addingTimeInterval(0.5))
    try store.enqueue(entry, actor: "test")
    #expect(try store.snapshot(now: storeT0).queue == [entry])
  }
}
