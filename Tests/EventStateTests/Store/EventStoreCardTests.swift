import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreCardTests {
  let folder = ScratchFolder()

  @Test func pinningTheSameIdTwiceKeepsOneCard() throws {
    let store = try EventStore(url: folder.stateURL)
    let card = storeCard("c1", "Ada Lovelace")
    try store.pin(card, actor: "kiosk 1")
    try store.pin(card, actor: "kiosk 1")
    #expect(try store.snapshot(now: storeT0).cards == [card])
    #expect(try store.auditLog(limit: nil).map(\.action) == ["pin"])
  }

  @Test func cardsComeOldestFirst() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("late", "Late", at: 60), actor: "test")
    try store.pin(storeCard("early", "Early", at: 0), actor: "test")
    try store.pin(storeCard("middle", "Middle", at: 30), actor: "test")
    #expect(try store.snapshot(now: storeT0).cards.map(\.id) == ["early", "middle", "late"])
  }

  @Test func everyFieldSurvivesTheRoundTrip() throws {
    let store = try EventStore(url: folder.stateURL)
    let card = PinnedCard(
      id: "c1", topicID: "legal", name: "Łukasz Żółć", title: "Counsel", company: "Raman & Cole",
      offer: "Term sheets", seek: "Founders", contact: "+44 20 7946 0958", showCard: true, shareContact: true,
      hidden: false, code: "4821", pinnedAt: storeT0.addingTimeInterval(0.25))
    try store.pin(card, actor: "test")
    #expect(try store.snapshot(now: storeT0).cards == [card])
  }

  @Test func updatingReplacesTheContentButKeepsPinTimeAndModeration() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Ada Lovelace"), actor: "test")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    var edited = storeCard("c1", "Ada King", topic: "founders", at: 500)
    edited.offer = "Analytical engines"
    edited.hidden = false
    try store.updateCard(edited, actor: "kiosk 1")
    let stored = try #require(try store.snapshot(now: storeT0).cards.first)
    #expect(stored.name == "Ada King")
    #expect(stored.topicID == "founders")
    #expect(stored.offer == "Analytical engines")
    #expect(stored.pinnedAt == storeT0)
    #expect(stored.hidden)
  }

  @Test func updatingWithTheSameContentOrAGoneCardDoesNothing() throws {
    let store = try EventStore(url: folder.stateURL)
    let card = storeCard("c1", "Ada Lovelace")
    try store.pin(card, actor: "test")
    try store.updateCard(card, actor: "test")
    try store.updateCard(storeCard("gone", "Nobody"), actor: "test")
    #expect(try store.auditLog(limit: nil).map(\.action) == ["pin"])
    #expect(try store.snapshot(now: storeT0).cards == [card])
  }

  @Test func deletingRemovesTheRowAndTheNameFromTheAuditLog() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Grace Hopper"), actor: "kiosk 1")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    try store.pin(storeCard("c2", "Ada Lovelace"), actor: "kiosk 1")
    try store.deleteCard(id: "c1", actor: "kiosk 1")
    #expect(try store.snapshot(now: storeT0).cards.map(\.id) == ["c2"])
    #expect(try sqlite3Succeeding(folder.stateURL, "SELECT count(*) FROM card WHERE name = 'Grace Hopper'") == "0")
    #expect(try sqlite3Succeeding(folder.stateURL, "SELECT count(*) FROM audit_log WHERE detail LIKE '%Grace%'") == "0")
    #expect(try store.auditLog(limit: nil).map(\.action) == ["pin", "hide", "pin", "delete"])
    #expect(try store.auditLog(limit: nil).map(\.detail).contains("Ada Lovelace on investors"))
  }

  @Test func aDeletedCardLeavesNoBytesInTheFile() throws {
    let store = try EventStore(url: folder.stateURL)
    var card = storeCard("c1", "Grace Hopper")
    card.contact = "grace.hopper@navy.example"
    try store.pin(card, actor: "kiosk 1")
    try store.pin(storeCard("c2", "Ada Lovelace"), actor: "kiosk 1")
    try store.deleteCard(id: "c1", actor: "kiosk 1")
    try sqlite3Succeeding(folder.stateURL, "PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ["", "-wal"] {
      let bytes = (try? Data(contentsOf: URL(fileURLWithPath: folder.stateURL.path + suffix))) ?? Data()
      #expect(bytes.range(of: Data("Grace Hopper".utf8)) == nil)
      #expect(bytes.range(of: Data("grace.hopper@navy.example".utf8)) == nil)
    }
    let main = try Data(contentsOf: folder.stateURL)
    #expect(main.range(of: Data("Ada Lovelace".utf8)) != nil, "the check would find a name that is there")
  }

  @Test func deletingAGoneCardIsANoOp() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Grace Hopper"), actor: "test")
    try store.deleteCard(id: "c1", actor: "test")
    try store.deleteCard(id: "c1", actor: "test")
    #expect(try store.auditLog(limit: nil).map(\.action) == ["pin", "delete"])
  }

  @Test func hidingAndShowingACard() throws {
    let store = try EventStore(url: folder.stateURL)
    try store.pin(storeCard("c1", "Ada Lovelace"), actor: "test")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    #expect(try store.snapshot(now: storeT0).cards.map(\.hidden) == [true])
    #expect(try sqlite3Succeeding(folder.stateURL, "SELECT hidden FROM card WHERE id = 'c1'") == "1")
    try store.setCardHidden(id: "c1", hidden: true, actor: "moderator")
    try store.setCardHidden(id: "c1", hidden: false, actor: "moderator")
    #expect(try store.snapshot(now: storeT0).cards.map(\.hidden) == [false])
    #expect(try store.auditLog(limit: nil).map(\.action) == ["pin", "hide", "unhide"])
  }
}
