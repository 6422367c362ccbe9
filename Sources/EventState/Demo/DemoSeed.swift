import Foundation
import GRDB

/// Fills a fresh store with invented people, so that a demo shows a lively wall and open mic.
public enum DemoSeed {
  /// Who the audit log says did the seeding.
  static let actor = "demo seed"

  /// Pins five demo cards and queues two open-mic speakers, in one transaction, on a store that has
  /// no card, no queue entry and was never seeded. Seeding happens once per store: cards the
  /// organizer deletes afterwards do not come back.
  public static func seed(_ store: EventStore, now: Date) throws {
    try store.write { db in
      guard try isUntouched(db) else { return }
      for card in cards(now: now) {
        try EventStore.insertCard(card, actor: actor, at: now, in: db)
      }
      for entry in openMic(now: now) {
        try EventStore.insertQueueEntry(entry, actor: actor, at: now, in: db)
      }
      try EventStore.appendAudit(
        AuditEntry(at: now, actor: actor, action: "seed", detail: "5 demo cards, 2 open-mic speakers"), in: db)
    }
  }

  /// Whether the store holds no card, no queue entry and no trace of an earlier seeding.
  static func isUntouched(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: """
        SELECT NOT EXISTS (SELECT 1 FROM card) AND NOT EXISTS (SELECT 1 FROM open_mic_entry)
          AND NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'seed')
        """) ?? false
  }

  /// The demo cards, pinned ten minutes apart before `now`.
  static func cards(now: Date) -> [PinnedCard] {
    let people: [(topic: String, name: String, title: String, company: String, offer: String, seek: String, contact: String, share: Bool)] = [
      ("investors", "Amara Okafor", "Partner", "Lagoon Ventures", "Pre-seed cheques for climate software",
       "Founders with a first paying customer", "amara@lagoon-ventures.example", true),
      ("founders", "Jonas Lindqvist", "Founder", "Tidewater Labs", "Lessons from two launches that flopped",
       "A technical co-founder", "jonas@tidewater.example", false),
      ("legal", "Priya Raman", "Counsel", "Raman & Cole", "Term sheets and employee equity, in plain words",
       "Startups before their first round", "+44 20 7946 0958", true),
      ("design", "Mateo Álvarez", "Product designer", "Studio Alba", "A second look at your onboarding flow",
       "Teams shipping their first app", "https://studio-alba.example", false),
      ("hiring", "Hana Kobayashi", "Engineering lead", "Quarry Systems", "Two backend roles, remote friendly",
       "Engineers who like Swift or Rust", "hana@quarry.example", true),
    ]
    return people.enumerated().map { index, person in
      PinnedCard(
        id: "demo-card-\(index + 1)", topicID: person.topic, name: person.name, title: person.title,
        company: person.company, offer: person.offer, seek: person.seek, contact: person.contact,
        showCard: true, shareContact: person.share,
        pinnedAt: now.addingTimeInterval(Double(index - people.count) * 600))
    }
  }

  /// The two demo speakers, queued a minute apart before `now`.
  static func openMic(now: Date) -> [OpenMicEntry] {
    [
      OpenMicEntry(
        id: "demo-mic-1", name: "Sofia Marin", pitch: "Looking for beta testers for a bike-repair booking app",
        minutes: 3, position: 1, joinedAt: now.addingTimeInterval(-120)),
      OpenMicEntry(
        id: "demo-mic-2", name: "Kwame Mensah", pitch: "Hiring two data engineers in Accra and Lisbon",
        minutes: 3, position: 2, joinedAt: now.addingTimeInterval(-60)),
    ]
  }
}
