import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreAuditTests {
  let folder = ScratchFolder()

  @Test func everyMutationWritesOneAuditRow() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Ada Lovelace"), actor: "kiosk 1")
    try store.updateCard(storeCard("c1", "Ada King"), actor: "kiosk 1")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    try store.setCardHidden(id: "c1", hidden: false, actor: "moderator")
    try store.deleteCard(id: "c1", actor: "kiosk 1")
    try store.enqueue(storeEntry("e1", "Grace Hopper"), actor: "kiosk 2")
    try store.announce(
      Announcement(id: "a1", text: "Pizza is here", createdAt: storeT0, expiresAt: storeT0.addingTimeInterval(60)),
      actor: "organizer")
    try store.audit(AuditEntry(at: storeT0, actor: "moderator", action: "unlock", detail: "kiosk 1"))
    let log = try store.auditLog(limit: nil)
    #expect(log.map(\.action) == ["pin", "update", "hide", "unhide", "delete", "enqueue", "announce", "unlock"])
    #expect(log.map(\.actor) == ["kiosk 1", "kiosk 1", "moderator", "moderator", "kiosk 1", "kiosk 2", "organizer", "moderator"])
    #expect(log[5].detail == "Grace Hopper, 3 min")
    #expect(log[6].detail == "Pizza is here")
    #expect(log[7] == AuditEntry(at: storeT0, actor: "moderator", action: "unlock", detail: "kiosk 1"))
  }

  @Test func auditDetailsCarryNoContactOrCode() throws {
    let store = try EventStore(url: folder.stateURL)
    var card = storeCard("c1", "Ada Lovelace")
    card.contact = "ada@engines.example"
    card.code = "4821"
    try store.pin(card, actor: "kiosk 1")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    for entry in try store.auditLog(limit: nil) {
      #expect(entry.detail == "Ada Lovelace on investors")
    }
  }

  @Test func theLimitKeepsTheMostRecentEntriesOldestFirst() throws {
    let store = try EventStore(url: folder.stateURL)
    for action in ["one", "two", "three"] {
      try store.audit(AuditEntry(at: storeT0, actor: "test", action: action))
    }
    #expect(try store.auditLog(limit: 2).map(\.action) == ["two", "three"])
    #expect(try store.auditLog(limit: 0).isEmpty)
    #expect(try store.auditLog(limit: nil).map(\.action) == ["one", "two", "three"])
  }
}
