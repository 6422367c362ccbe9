import Foundation
import Testing

@testable import EventState

@Suite struct DemoSeedTests {
  let folder = ScratchFolder()
  let topics: Set = ["investors", "founders", "legal", "design", "engineering", "hiring"]

  @Test func anEmptyStoreGetsFiveCardsAndTwoSpeakers() throws {
    let store = try EventStore(url: folder.stateURL)
    try DemoSeed.seed(store, now: storeT0)
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.count == 5)
    #expect(live.cards.allSatisfy { topics.contains($0.topicID) && $0.showCard && !$0.hidden })
    #expect(Set(live.cards.map(\.shareContact)) == [true, false])
    #expect(live.cards.allSatisfy { $0.pinnedAt < storeT0 })
    #expect(live.waiting.map(\.minutes) == [3, 3])
    #expect(live.waiting.allSatisfy { !$0.pitch.isEmpty && $0.pitch.count <= 80 })
    #expect(try store.auditLog(limit: 1).map(\.action) == ["seed"])
  }

  @Test func seedingTwiceDoesNotDuplicate() throws {
    let store = try EventStore(url: folder.stateURL)
    try DemoSeed.seed(store, now: storeT0)
    try DemoSeed.seed(store, now: storeT0.addingTimeInterval(60))
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.count == 5)
    #expect(live.queue.count == 2)
    #expect(try store.auditLog(limit: nil).filter { $0.action == "seed" }.count == 1)
  }

  @Test func deletedDemoCardsDoNotComeBack() throws {
    let store = try EventStore(url: folder.stateURL)
    try DemoSeed.seed(store, now: storeT0)
    for card in try store.snapshot(now: storeT0).cards {
      try store.deleteCard(id: card.id, actor: "organizer")
    }
    try sqlite3Succeeding(folder.stateURL, "DELETE FROM open_mic_entry")
    try DemoSeed.seed(store, now: storeT0)
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.isEmpty)
    #expect(live.queue.isEmpty)
  }

  @Test func aStoreInUseIsNotSeeded() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.enqueue(storeEntry("e1", "Grace Hopper"), actor: "kiosk")
    try DemoSeed.seed(store, now: storeT0)
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.isEmpty)
    #expect(live.queue.map(\.id) == ["e1"])
  }
}
