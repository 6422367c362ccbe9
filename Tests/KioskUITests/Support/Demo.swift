import EventState
import Foundation
import KioskUI

/// A small event like the demo: six topics, a roster, pinned cards, an open-mic queue, tips.
enum Demo {
  /// 2025-06-12 18:42:00 UTC: during "Lightning talks".
  static let now = Date(timeIntervalSince1970: 1_749_753_720)
  static let utc = TimeZone(identifier: "UTC")!

  static let topics = [
    Topic(id: "investors", title: "For investors", summary: "Angels and funds meeting founders"),
    Topic(id: "founders", title: "Founders", summary: "Co-founders, first users, first hires"),
    Topic(id: "legal", title: "Legal help", summary: "Contracts, IP and incorporation"),
    Topic(id: "design", title: "Design", summary: "Product, UX and brand"),
    Topic(id: "engineering", title: "Engineering", summary: "Software, data and infrastructure"),
    Topic(id: "hiring", title: "Hiring", summary: "Open roles and people looking"),
  ]

  static let event = EventConfig(
    name: "Harbour Founders Night", venue: "Pier 7 Loft", timeZone: utc,
    agenda: [
      AgendaItem(minuteOfDay: 18 * 60, title: "Doors & drinks"),
      AgendaItem(minuteOfDay: 18 * 60 + 30, title: "Lightning talks"),
      AgendaItem(minuteOfDay: 19 * 60 + 15, title: "Open mic"),
    ],
    topics: topics)

  static let roster: [Attendee] = [
    Attendee(name: "Ada Quill", title: "Partner", company: "Northwind Ventures", topics: ["investors"], offer: "Intros to seed funds", seek: "Climate founders", contact: "ada@northwind.example", showCard: true, shareContact: true, line: 2),
    Attendee(name: "Bruno Sato", title: "CTO", company: "Kelp Labs", topics: ["engineering", "hiring"], offer: "Rust and embedded advice", seek: "A senior firmware engineer", showCard: true, line: 3),
    Attendee(name: "Chiara Benedetti", title: "Product designer", company: "Studio Vela", topics: ["design"], offer: "Portfolio reviews", seek: "Early-stage teams to work with", contact: "chiara.design", showCard: true, shareContact: true, line: 4),
    Attendee(name: "Dmitri Volkov", title: "Founder", company: "Ledgerly", topics: ["founders", "investors"], offer: "Lessons from two failed startups", seek: "A pre-seed lead", showCard: true, line: 5),
    Attendee(name: "Eun-ji Park", title: "Counsel", company: "Park & Hale", topics: ["legal"], offer: "Term sheet questions", seek: "Startups needing IP help", showCard: true, shareContact: false, line: 6),
    Attendee(name: "Farah Haddad", title: "Data engineer", company: "Tidewater", topics: ["engineering"], offer: "Pipelines and warehousing", seek: "Side projects", showCard: true, line: 7),
    Attendee(name: "Gustavo Lima", title: "Angel", topics: ["investors"], offer: "Cheques up to 25k", seek: "B2B SaaS", showCard: true, line: 8),
    Attendee(name: "Hannah Schmidt", title: "Recruiter", company: "Crewline", topics: ["hiring"], offer: "Salary benchmarks", seek: "Backend engineers", showCard: true, line: 9),
    Attendee(name: "Ingrid Berg", title: "Founder", company: "Mossy", topics: ["founders"], offer: "Marketplace growth tips", seek: "A technical co-founder", showCard: true, line: 10),
    Attendee(name: "Jamal Okafor", title: "Engineer", company: "Brightpath", topics: ["engineering"], offer: "Mobile apps", seek: "A new role", showCard: true, line: 11),
    Attendee(name: "Hidden Person", title: "Does not consent", showCard: false, line: 12),
  ]

  /// A pinned card on `topic`, `minutesAgo` before `now`, shown and sharing nothing by default.
  static func pin(
    _ id: String, _ topic: String, _ name: String, _ title: String, _ company: String, minutesAgo: Double,
    offer: String = "", seek: String = "", contact: String = ""
  ) -> PinnedCard {
    PinnedCard(
      id: id, topicID: topic, name: name, title: title, company: company, offer: offer, seek: seek, contact: contact,
      showCard: true, shareContact: !contact.isEmpty, pinnedAt: now.addingTimeInterval(-minutesAgo * 60))
  }

  static let cards: [PinnedCard] = [
    pin("c1", "investors", "Kenji Watanabe", "Principal", "Sakura Capital", minutesAgo: 50, offer: "Series A intros", seek: "Deep-tech founders"),
    pin("c2", "investors", "Léa Dubois", "Angel", "", minutesAgo: 45),
    pin("c3", "investors", "Marcus Reed", "Associate", "Blue Harbor VC", minutesAgo: 40),
    pin("c4", "investors", "Nadia Rahman", "Partner", "Orbit Fund", minutesAgo: 35),
    pin("c5", "investors", "Oscar Lindqvist", "Scout", "Northwind Ventures", minutesAgo: 30),
    pin("c6", "investors", "Paula Romero", "Angel", "", minutesAgo: 25),
    pin("c7", "investors", "Quentin Fox", "Analyst", "Tidal Partners", minutesAgo: 20),
    pin("c8", "founders", "Rosa Meyer", "Founder", "Loomwork", minutesAgo: 18, offer: "Textile supply chain know-how", seek: "A growth marketer who loves craft", contact: "rosa@loomwork.example"),
    pin("c9", "founders", "Samir Aziz", "Co-founder", "Parcelpal", minutesAgo: 15),
    pin("c10", "legal", "Tessa Grant", "Solicitor", "Grant Legal", minutesAgo: 12),
    pin("c11", "design", "Uma Patel", "UX lead", "Fernleaf", minutesAgo: 10, offer: "Usability testing on the spot", seek: "Health-tech teams"),
    pin("c12", "engineering", "Victor Hugo Alves", "Staff engineer", "Cloudberry", minutesAgo: 8),
    pin("c13", "engineering", "Wen Li", "ML engineer", "Quanta", minutesAgo: 5, offer: "Model evaluation", seek: "Climate datasets", contact: "wenli.example"),
    PinnedCard(id: "c14", topicID: "design", name: "Not Public", showCard: false, pinnedAt: now),
    PinnedCard(id: "c15", topicID: "design", name: "Hidden By Moderator", showCard: true, hidden: true, pinnedAt: now),
  ]

  /// Priya is speaking: started 2:48 ago, 5 minutes asked, so 2:12 are left.
  static let queue: [OpenMicEntry] = [
    OpenMicEntry(id: "m1", name: "Priya Raman", pitch: "A tool that turns receipts into bookkeeping", minutes: 5, status: .live, position: 1, joinedAt: now.addingTimeInterval(-900), startedAt: now.addingTimeInterval(-168)),
    OpenMicEntry(id: "m2", name: "Tom Becker", pitch: "Looking for beta testers", minutes: 2, position: 2, joinedAt: now.addingTimeInterval(-800)),
    OpenMicEntry(id: "m3", name: "Yara Nasser", pitch: "Community garden app", minutes: 3, position: 3, joinedAt: now.addingTimeInterval(-700)),
    OpenMicEntry(id: "m4", name: "Zoe Kim", pitch: "Hiring two designers", minutes: 1, position: 4, joinedAt: now.addingTimeInterval(-600)),
    OpenMicEntry(id: "m0", name: "Omar Farouk", pitch: "Solar kiosks for markets", minutes: 3, status: .done, position: 0, joinedAt: now.addingTimeInterval(-1800), startedAt: now.addingTimeInterval(-1500), endedAt: now.addingTimeInterval(-1300)),
  ]

  static let announcement = Announcement(
    id: "a1", text: "Pizza has arrived in the kitchen", createdAt: now.addingTimeInterval(-60), expiresAt: now.addingTimeInterval(600))

  static let live = LiveState(cards: cards, queue: queue, announcements: [])

  static let tips = [
    Tip(title: "Ask, then listen", body: "Open with a question about their work, not a pitch about yours. People remember who listened."),
    Tip(title: "Make one introduction", body: "Before you leave, introduce two people who should know each other."),
    Tip(body: "Write a note on each card you collect."),
  ]

  static let keyHints = [KeyHint(key: "←/→", label: "screens")]

  static var directory: PublicDirectory { PublicDirectory(config: event, roster: roster, live: live) }

  /// A kiosk showing `screen` for the `visit`-th time, with `live` as the shared state (a screen the
  /// default rotation lacks is added to its end). Without `live`, someone is live only on the
  /// open-mic screen: elsewhere a live speaker's board would take the screen over.
  static func kiosk(_ screen: ScreenKind, visit: Int = 1, live: LiveState? = nil) -> KioskState {
    let live = live ?? (screen == .openmic ? Demo.live : Demo.nobodyLive)
    var rotation = EventConfig.defaultRotation
    if !rotation.contains(where: { $0.screen == screen }) { rotation.append(RotationStep(screen: screen, seconds: 20)) }
    var state = KioskState(clock: RotationClock(steps: rotation), now: now, live: live)
    state.currentStep = state.clock.steps.firstIndex { $0.screen == screen }!
    state.visits[screen] = visit
    return state
  }

  /// The whole display at `screen`.
  static func display(_ screen: ScreenKind, visit: Int = 1, live: LiveState? = nil, directory: PublicDirectory = Demo.directory, tips: [Tip] = Demo.tips) -> KioskDisplay {
    KioskDisplay(event: event, directory: directory, tips: tips, kiosk: kiosk(screen, visit: visit, live: live), keyHints: keyHints)
  }

  /// A frame's context at `now + offset`, `elapsed` seconds into the screen.
  static func context(elapsed: Double = 0, offset: Double = 0, glyphs: GlyphSet = .unicode) -> RenderContext {
    RenderContext(glyphs: glyphs, now: now.addingTimeInterval(offset), screenElapsed: elapsed, timeZone: utc)
  }
}
