import Foundation

@testable import EventState

/// An event after it ended, with everything an export must leave out next to what it may show.
enum ExportTestEvent {
  /// Friday 15 January 2027, 08:00 UTC (09:00 in Berlin).
  static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  static let config = EventConfig(
    name: "Founders & *Funders*", venue: "Factory <Berlin>", start: t0, end: t0.addingTimeInterval(4 * 3600),
    timeZone: TimeZone(identifier: "Europe/Berlin")!,
    topics: [
      Topic(id: "investors", title: "For investors", summary: "Meet the people who write cheques"),
      Topic(id: "legal", title: "For lawyers"),
    ])

  static let roster = [
    Attendee(name: "Roster Shown", showCard: true, line: 2),
    Attendee(name: "Roster Private", contact: "roster-private@secret.example", showCard: false, line: 3),
  ]

  /// Texts that must never leave in any export.
  static let secrets = [
    "Private Person", "private@secret.example", "Hidden Person", "hidden@secret.example",
    "jonas-private@secret.example", "Roster Private", "roster-private@secret.example", "Waiting Person",
  ]

  static let live = LiveState(
    cards: [
      PinnedCard(
        id: "a", topicID: "investors", name: "Amara Okafor", title: "Founder", company: "Lagos Cleantech",
        offer: "Solar intros, and more", seek: "Seed investors", contact: "amara@okafor.example", showCard: true,
        shareContact: true, pinnedAt: t0),
      PinnedCard(
        id: "b", topicID: "legal", name: "Jonas Weiß", title: "Partner", company: "Weiß & Kern",
        contact: "jonas-private@secret.example", showCard: true, shareContact: false, pinnedAt: t0.addingTimeInterval(60)),
      PinnedCard(
        id: "c", topicID: "investors", name: "Private Person", contact: "private@secret.example", showCard: false,
        shareContact: true, pinnedAt: t0.addingTimeInterval(120)),
      PinnedCard(
        id: "d", topicID: "investors", name: "Hidden Person", contact: "hidden@secret.example", showCard: true,
        shareContact: true, hidden: true, pinnedAt: t0.addingTimeInterval(180)),
      PinnedCard(
        id: "e", topicID: "investors", name: "=HYPERLINK(\"http://evil.example\")", title: "-1+2",
        company: "[click](http://evil.example)", showCard: true, pinnedAt: t0.addingTimeInterval(3725)),
    ],
    queue: [
      OpenMicEntry(
        id: "s1", name: "Mei Chen", pitch: "Pitch decks | feedback", minutes: 3, status: .done, position: 1,
        joinedAt: t0, startedAt: t0.addingTimeInterval(3600), endedAt: t0.addingTimeInterval(3600 + 185),
        pausedSeconds: 20),
      OpenMicEntry(
        id: "s2", name: "Dev Patel", pitch: "Hiring Swift engineers", minutes: 2, status: .live, position: 2,
        joinedAt: t0, startedAt: t0.addingTimeInterval(4000)),
      OpenMicEntry(id: "s3", name: "Waiting Person", pitch: "Never spoke", minutes: 1, position: 3, joinedAt: t0),
    ])
}
