import EventState
import Foundation
import KioskUI
import TestSupport

/// The moderator's views over the demo event.
enum Moderation {
  /// The body of the kiosk screen (what `KioskDisplay` gives the moderator's views) at the terminal
  /// sizes that must look right: 80x24, 160x48, portrait 60x80, and the 40x14 minimum with an
  /// announcement banner.
  static let sizes = [(78, 21), (156, 42), (58, 74), (38, 11)]

  /// Three audit entries, oldest first.
  static let auditLog = [
    AuditEntry(at: Demo.now.addingTimeInterval(-300), actor: "kiosk pid 4242 on /dev/tty1", action: "unlock"),
    AuditEntry(at: Demo.now.addingTimeInterval(-200), actor: "kiosk pid 4242 on /dev/tty1", action: "next", detail: "Priya Raman is live"),
    AuditEntry(at: Demo.now.addingTimeInterval(-5), actor: "console pid 77 on /dev/pts/3", action: "hide", detail: "card on design"),
  ]

  /// A rejected edit of event.toml.
  static let warning = "event.toml:12: rotation: unknown screen \"lobby\""

  /// The panel in `mode` with `selection` and `notice`.
  static func panel(
    _ mode: ModeratorPanel.Mode = .queue, selection: Int = 0, notice: String? = nil, live: LiveState = Demo.live,
    event: EventConfig = Demo.event, auditLog: [AuditEntry] = auditLog, folderWarnings: [String] = []
  ) -> ModeratorPanelView {
    ModeratorPanelView(
      panel: ModeratorPanel(mode: mode, selection: selection, notice: notice), live: live, event: event, auditLog: auditLog,
      folderWarnings: folderWarnings)
  }

  /// Every mode of the panel, the wall with a deletion to confirm.
  static let modes: [ModeratorPanel.Mode] = [
    .queue, .wall(WallModeration(selection: 2)), .wall(WallModeration(selection: 0, confirmingDelete: "c1")),
    .announce(AnnouncementForm(text: TextInput("Pizza has arrived", limit: AnnouncementForm.textLimit))),
    .announce(AnnouncementForm(text: TextInput("Pizza has arrived", limit: AnnouncementForm.textLimit), step: .minutes)),
    .goTo(selection: 1), .confirmQuit, .log(offset: 0),
  ]

  /// The demo with every text the moderator sees replaced by a (sanitized) hostile string or a wide
  /// one (CJK, emoji): names, pitches, cards, topics, the announcement, the audit log and the
  /// folder's warnings.
  static var hostile: (live: LiveState, event: EventConfig, auditLog: [AuditEntry], warnings: [String]) {
    let wide = ["山田太郎の会社で働く全ての人へ", "🎤🎤 Emoji 🎤 speaker 🎤🎤🎤"]
    let clean = (HostileStrings.all + wide).map(Sanitizer.line)
    func pick(_ i: Int) -> String { clean[i % clean.count] }
    var live = Demo.live
    live.queue = live.queue.enumerated().map { i, entry in
      var e = entry
      e.name = pick(i)
      e.pitch = pick(i + 1) + " " + pick(i + 2)
      return e
    }
    live.cards = live.cards.enumerated().map { i, card in
      var c = card
      c.name = pick(i); c.title = pick(i + 3); c.company = pick(i + 4); c.offer = pick(i + 5); c.seek = pick(i + 6)
      return c
    }
    live.announcements = [Announcement(id: "h", text: pick(9), createdAt: Demo.now.addingTimeInterval(-1), expiresAt: Demo.now.addingTimeInterval(60))]
    var event = Demo.event
    event.topics = event.topics.enumerated().map { i, topic in Topic(id: topic.id, title: pick(i + 7), summary: pick(i)) }
    let log = clean.enumerated().map { i, text in AuditEntry(at: Demo.now, actor: text, action: pick(i + 1), detail: pick(i + 2)) }
    return (live, event, log, clean.map { "event.toml:\($0.count): \($0)" })
  }
}
