import EventState
import Foundation
import Testing

/// `mingle pins`, `mingle announce` and `mingle audit` as an organizer's script runs them.
@Suite struct WallAndAuditCommandsEndToEndTests {
  /// The event with a public card, a private one and one a moderator hid.
  func eventWithCards() throws -> ModeratedEvent {
    let event = try ModeratedEvent()
    let store = try event.store()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    try store.pin(PinnedCard(id: "c1", topicID: "investors", name: "Shown Sharer", showCard: true, pinnedAt: t0), actor: "kiosk")
    try store.pin(
      PinnedCard(id: "c2", topicID: "legal", name: "Private Person", pinnedAt: t0.addingTimeInterval(1)), actor: "kiosk")
    try store.pin(
      PinnedCard(
        id: "c3", topicID: "design", name: "Hidden Hacker", showCard: true, hidden: true, pinnedAt: t0.addingTimeInterval(2)),
      actor: "kiosk")
    return event
  }

  @Test func pinsListShowsEveryCardWithItsFlags() throws {
    let event = try eventWithCards()
    let listed = try event.mingle("pins", "list", event.path)
    #expect(listed.status == 0, "\(listed.error)")
    #expect(
      listed.output == """
        c1\tinvestors\tpublic\tShown Sharer
        c2\tlegal\tprivate\tPrivate Person
        c3\tdesign\tpublic,hidden\tHidden Hacker

        """)
  }

  @Test func pinsHideUnhideAndDeleteChangeTheStoreAndAreAudited() throws {
    let event = try eventWithCards()
    let hidden = try event.mingle("pins", "hide", event.path, "c1")
    #expect(hidden.status == 0 && hidden.output == "Hidden: Shown Sharer on investors (c1)\n", "\(hidden.error)")
    #expect(try event.store().snapshot(now: Date()).cards.first { $0.id == "c1" }?.hidden == true)

    let shown = try event.mingle("pins", "unhide", event.path, "c3")
    #expect(shown.output == "Shown again: Hidden Hacker on design (c3)\n")
    #expect(try event.mingle("pins", "hide", event.path, "c2").status == 0)
    let privateCard = try event.mingle("pins", "unhide", event.path, "c2")
    #expect(privateCard.status == 0)
    #expect(privateCard.output.contains("did not agree to be shown"))

    let deleted = try event.mingle("pins", "delete", event.path, "c2")
    #expect(deleted.status == 0 && deleted.output == "Deleted: Private Person on legal (c2)\n")
    #expect(try event.store().snapshot(now: Date()).cards.map(\.id) == ["c1", "c3"])
    for command in ["hide", "unhide", "delete"] {
      let missing = try event.mingle("pins", command, event.path, "c2")
      #expect(missing.status == 4, "\(command)")
      #expect(missing.error.contains("No card has the id c2"))
    }
    #expect(try event.audited("hide").map(\.actor).allSatisfy { $0.hasPrefix("mingle pins hide pid ") })
    #expect(try event.audited("hide").count == 2)
    #expect(try event.audited("unhide").count == 2)
    #expect(try event.audited("delete").count == 1)
  }

  @Test func hidingAHiddenCardOrShowingAShownOneDoesNothingWithStatus4() throws {
    let event = try eventWithCards()
    let again = try event.mingle("pins", "hide", event.path, "c3")
    #expect(again.status == 4)
    #expect(again.output.isEmpty)
    #expect(again.error == "Hidden Hacker on design (c3) was already hidden\n")

    let notHidden = try event.mingle("pins", "unhide", event.path, "c1")
    #expect(notHidden.status == 4)
    #expect(notHidden.output.isEmpty)
    #expect(notHidden.error == "Shown Sharer on investors (c1) was not hidden\n")

    let privateCard = try event.mingle("pins", "unhide", event.path, "c2")
    #expect(privateCard.status == 4)
    #expect(privateCard.error.hasPrefix("Private Person on legal (c2) was not hidden; its owner did not agree to be shown"))

    #expect(try event.store().snapshot(now: Date()).cards.filter(\.hidden).map(\.id) == ["c3"])
    #expect(try event.audited("hide").isEmpty)
    #expect(try event.audited("unhide").isEmpty)
  }

  @Test func announceReachesTheStoreForTheMinutesGiven() throws {
    let event = try ModeratedEvent()
    let before = Date()
    let result = try event.mingle("announce", event.path, "Pizza is here", "--minutes", "5")
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Announced until "))
    #expect(result.output.hasSuffix(": Pizza is here\n"))
    let announcement = try #require(try event.store().snapshot(now: Date()).announcements.first)
    #expect(announcement.text == "Pizza is here")
    #expect(abs(announcement.expiresAt.timeIntervalSince(announcement.createdAt) - 300) < 0.001)
    #expect(announcement.createdAt >= before.addingTimeInterval(-1))
    #expect(try event.audited("announce").map(\.detail) == ["Pizza is here"])
    #expect(try event.mingle("announce", event.path, "Gone at once", "--minutes", "0").status == 64)
    #expect(try event.mingle("announce", event.path, " \u{1B}\u{07}\t").status == 64, "nothing left after sanitizing")
  }

  @Test func auditPrintsTheLogInTheEventsTimeZoneAsTextOrCSV() throws {
    let event = try ModeratedEvent()
    let store = try event.store()
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    try store.audit(AuditEntry(at: t0, actor: "kiosk pid 1 on /dev/tty1", action: "next", detail: "nobody → Ada"))
    try store.audit(
      AuditEntry(at: t0.addingTimeInterval(60), actor: "kiosk pid 1 on /dev/tty1", action: "time", detail: "-1 min"))

    let text = try event.mingle("audit", event.path)
    #expect(text.status == 0, "\(text.error)")
    let lines = text.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "2027-01-15 09:00:00\tkiosk pid 1 on /dev/tty1\tnext\tnobody → Ada", "Europe/Berlin")
    #expect(lines.count == 3)
    #expect(lines.last?.contains("\tmingle audit pid ") == true, "its own unlock comes last: \(lines)")

    let csv = try event.mingle("audit", event.path, "--format", "csv", "--limit", "3")
    #expect(csv.status == 0)
    let records = csv.output.components(separatedBy: "\r\n")
    #expect(records.first == "time,actor,action,detail")
    #expect(records.count == 5, "a header, three entries and the end: \(records)")
    #expect(records[1] == "2027-01-15T09:01:00+01:00,kiosk pid 1 on /dev/tty1,time,'-1 min")

    let limited = try event.mingle("audit", event.path, "--limit", "1")
    #expect(limited.output.split(separator: "\n").count == 1)
    #expect(try event.mingle("audit", event.path, "--limit", "0").status == 64)
  }
}
