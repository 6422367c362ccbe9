import Foundation
import Testing

@testable import EventState

@Suite struct EventStoreSanitizingTests {
  let folder = ScratchFolder()

  @Test func hostileTextIsCleanedBeforeItIsStored() throws {
    let store = try EventStore(url: folder.stateURL)
    var card = storeCard("c1", "Alice\u{1B}[2JBob")
    card.offer = "Right\u{202E}to left"
    card.contact = "Bell\u{07}\u{07}@example.com"
    try store.pin(card, actor: "kiosk\u{1B}]0;pwned\u{07}")
    try store.enqueue(
      OpenMicEntry(id: "e1", name: "Mallory\rEve", pitch: "Tab\there", minutes: 3, position: -1, joinedAt: storeT0),
      actor: "test")
    try store.announce(
      Announcement(id: "a1", text: "C1\u{9B}31mred", createdAt: storeT0, expiresAt: storeT0.addingTimeInterval(60)),
      actor: "test")
    let raw = try sqlite3Succeeding(
      folder.stateURL,
      """
      SELECT name || '|' || offer || '|' || contact FROM card;
      SELECT name || '|' || pitch FROM open_mic_entry;
      SELECT text FROM announcement;
      SELECT actor FROM audit_log WHERE action = 'pin';
      """)
    #expect(raw.split(separator: "\n") == [
      "Alice[2JBob|Rightto left|Bell@example.com", "Mallory Eve|Tab here", "C131mred", "kiosk]0;pwned",
    ])
  }

  @Test func hostileTextWrittenByAnotherProcessIsCleanedWhenRead() throws {
    let store = try EventStore(url: folder.stateURL)
    try sqlite3Succeeding(
      folder.stateURL,
      """
      INSERT INTO card (id, topic_id, name, offer, pinned_at)
        VALUES ('c1', 'legal', 'Eve' || char(27) || '[2J', 'Zero' || char(8203) || 'width', 1800000000);
      INSERT INTO open_mic_entry (id, name, pitch, minutes, position, joined_at)
        VALUES ('e1', 'Back' || char(8, 8) || 'space', 'two' || char(10, 10) || 'lines', 3, 1, 1800000000);
      INSERT INTO announcement (id, text, created_at, expires_at)
        VALUES ('a1', 'Bell' || char(7), 1800000000, 1800000060);
      INSERT INTO audit_log (at, actor, action, detail)
        VALUES (1800000000, 'x' || char(155) || '31m', 'pin', 'Right' || char(8238) || 'left');
      """)
    let live = try store.snapshot(now: storeT0)
    #expect(live.cards.map(\.name) == ["Eve[2J"])
    #expect(live.cards.map(\.offer) == ["Zerowidth"])
    #expect(live.queue.map(\.name) == ["Backspace"])
    #expect(live.queue.map(\.pitch) == ["two lines"])
    #expect(live.announcements.map(\.text) == ["Bell"])
    let log = try store.auditLog(limit: nil)
    #expect(log.map(\.actor) == ["x31m"])
    #expect(log.map(\.detail) == ["Rightleft"])
  }
}
