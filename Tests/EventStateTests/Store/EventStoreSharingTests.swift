import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreSharingTests {
  let folder = ScratchFolder()

  @Test func nothingHasChangedRightAfterOpening() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(try store.hasChangedSinceLastCheck() == false)
  }

  @Test func aStoresOwnWriteIsReportedOnce() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Ada Lovelace"), actor: "test")
    #expect(try store.hasChangedSinceLastCheck())
    #expect(try store.hasChangedSinceLastCheck() == false)
    try store.enqueue(storeEntry("e1", "Grace Hopper"), actor: "test")
    #expect(try store.hasChangedSinceLastCheck())
    #expect(try store.hasChangedSinceLastCheck() == false)
  }

  @Test func aWriteThroughAnotherStoreIsSeenOnce() throws {
    let kiosk = try EventStore(url: folder.stateURL)
    let display = try EventStore(url: folder.stateURL)
    #expect(try display.hasChangedSinceLastCheck() == false)
    try kiosk.pin(storeCard("c1", "Ada Lovelace"), actor: "kiosk")
    #expect(try display.hasChangedSinceLastCheck())
    #expect(try display.hasChangedSinceLastCheck() == false)
    #expect(try display.snapshot(now: storeT0).cards.map(\.name) == ["Ada Lovelace"])
    try kiosk.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    #expect(try display.hasChangedSinceLastCheck())
    #expect(try display.snapshot(now: storeT0).cards.map(\.hidden) == [true])
  }

  @Test func aWriteByAnotherProcessIsSeen() throws {
    let store = try EventStore(url: folder.stateURL)
    #expect(try store.hasChangedSinceLastCheck() == false)
    try sqlite3Succeeding(
      folder.stateURL,
      "INSERT INTO card (id, topic_id, name, show_card, pinned_at) VALUES ('cli-1', 'legal', 'Grace Hopper', 1, 1800000000)")
    #expect(try store.hasChangedSinceLastCheck())
    #expect(try store.hasChangedSinceLastCheck() == false)
    let cards = try store.snapshot(now: storeT0).cards
    #expect(cards == [PinnedCard(id: "cli-1", topicID: "legal", name: "Grace Hopper", showCard: true, pinnedAt: storeT0)])
  }

  @Test func aRowAnotherProcessWroteBadlyIsLeftOut() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Ada Lovelace"), actor: "test")
    try sqlite3Succeeding(
      folder.stateURL,
      """
      INSERT INTO card (id, topic_id, name, pinned_at) VALUES ('bad', 'legal', 'Broken', 'yesterday');
      INSERT INTO open_mic_entry (id, name, minutes, position, joined_at) VALUES ('bad', 'Broken', 3, 1, 'noon');
      """)
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.map(\.id) == ["c1"])
    #expect(live.queue.isEmpty)
  }
}
