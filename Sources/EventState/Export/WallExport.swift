import Foundation

/// The connecting wall as a CSV file for follow-ups after the event (`mingle export DIR --format csv`).
///
/// It holds exactly what the wall showed: the cards `PublicDirectory` puts on each topic's pane (so
/// never a card whose owner did not agree to be shown, nor one a moderator hid; a contact only when its
/// owner agreed to share it), plus when each card was pinned. Columns: `topic,name,role,company,offer,
/// seek,contact,pinned_at`; topics in event order, cards oldest first; `pinned_at` is ISO 8601 in the
/// event's time zone (`2026-11-26T19:42:05+01:00`). Written for spreadsheets: RFC 4180 quoting and
/// formula protection (see `CSVWriter`).
public enum WallExport {
  /// The header row.
  public static let header = ["topic", "name", "role", "company", "offer", "seek", "contact", "pinned_at"]

  /// The CSV text of the wall of an event with `config`, `roster` and live state `live`.
  public static func csv(config: EventConfig, roster: [Attendee], live: LiveState) -> String {
    let directory = PublicDirectory(config: config, roster: roster, live: live)
    let pinnedAt = Dictionary(live.cards.map { ("card:\($0.id)", $0.pinnedAt) }, uniquingKeysWith: { a, _ in a })
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = config.timeZone
    var writer = CSVWriter(protectsFormulas: true)
    writer.append(header)
    for (topic, cards) in directory.wall {
      for card in cards {
        writer.append([
          topic.title, card.name, card.title, card.company, card.offer, card.seek, card.contact ?? "",
          pinnedAt[card.id].map(formatter.string(from:)) ?? "",
        ])
      }
    }
    return writer.text
  }
}
