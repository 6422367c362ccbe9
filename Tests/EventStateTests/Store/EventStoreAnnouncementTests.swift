import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreAnnouncementTests {
  let folder = ScratchFolder()

  @Test func aSnapshotHoldsTheAnnouncementsUpAtItsTime() throws {
    let store = try EventStore(url: folder.stateURL)
    let pizza = Announcement(id: "a", text: "Pizza is here", createdAt: storeT0, expiresAt: storeT0.addingTimeInterval(60))
    let talk = Announcement(
      id: "b", text: "Talks start in 5 minutes", createdAt: storeT0.addingTimeInterval(30),
      expiresAt: storeT0.addingTimeInterval(90))
    try store.announce(pizza, actor: "organizer")
    try store.announce(talk, actor: "organizer")
    let upAt = { (offset: Double) in try store.snapshot(now: storeT0.addingTimeInterval(offset)).announcements.map(\.id) }
    #expect(try upAt(-1) == [])
    #expect(try upAt(0) == ["a"])
    #expect(try upAt(30) == ["a", "b"])
    #expect(try upAt(60) == ["b"])
    #expect(try upAt(90) == [])
    #expect(try store.snapshot(now: storeT0).announcements == [pizza])
  }

  @Test func announcingTheSameIdTwiceKeepsOne() throws {
    let store = try EventStore(url: folder.stateURL)
    let pizza = Announcement(id: "a", text: "Pizza is here", createdAt: storeT0, expiresAt: storeT0.addingTimeInterval(60))
    try store.announce(pizza, actor: "organizer")
    try store.announce(pizza, actor: "organizer")
    #expect(try store.snapshot(now: storeT0).announcements == [pizza])
    #expect(try store.auditLog(limit: nil).map(\.action) == ["announce"])
  }
}
