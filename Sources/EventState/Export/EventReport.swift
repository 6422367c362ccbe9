import Foundation

/// The event report in Markdown for after the event (`mingle export DIR --format md`).
///
/// Title, date and venue; counts (people in the roster, people the screens showed, cards on each topic,
/// open-mic speakers); each topic with its cards; the open-mic speakers with when they started and
/// ended and how long they spoke, and each speaker's time in all. Everything about people comes from what the public screens showed:
/// cards as `PublicDirectory` puts them on the wall (never one whose owner did not agree to be shown or
/// that a moderator hid; a contact only when shared), and of the open mic only the names and pitches
/// speakers gave for the public board. Every text is escaped (`MarkdownText`), so nothing an attendee
/// typed becomes markup. Times are in the event's time zone.
public enum EventReport {
  /// The Markdown text of the report on an event with `config`, `roster` and live state `live`.
  public static func markdown(config: EventConfig, roster: [Attendee], live: LiveState) -> String {
    let directory = PublicDirectory(config: config, roster: roster, live: live)
    let pinnedAt = Dictionary(live.cards.map { ("card:\($0.id)", $0.pinnedAt) }, uniquingKeysWith: { a, _ in a })
    let speakers = live.queue.compactMap { entry in entry.startedAt.map { (entry: entry, started: $0) } }
      .sorted { $0.started < $1.started }
    let clock = Clock(timeZone: config.timeZone)
    var lines = ["# \(MarkdownText.escaped(config.name))", ""]

    if let date = dateLine(config, clock: clock) { lines.append("- Date: \(date)") }
    if !config.venue.isEmpty { lines.append("- Venue: \(MarkdownText.escaped(config.venue))") }
    if lines.count > 2 { lines.append("") }

    lines += ["## In numbers", ""]
    lines.append("- People in the roster: \(roster.count)")
    lines.append("- People shown on the screens: \(directory.people.count)")
    lines.append("- Cards on the connecting wall: \(directory.wall.reduce(0) { $0 + $1.cards.count })")
    for (topic, cards) in directory.wall { lines.append("  - \(MarkdownText.escaped(topic.title)): \(cards.count)") }
    lines += ["- Open-mic speakers: \(speakers.count)", ""]

    lines += ["## Connecting wall", ""]
    if directory.wall.isEmpty { lines += ["The event had no topics.", ""] }
    for (topic, cards) in directory.wall {
      lines += ["### \(MarkdownText.escaped(topic.title)) (\(cards.count) \(cards.count == 1 ? "card" : "cards"))", ""]
      if !topic.summary.isEmpty { lines += [MarkdownText.escaped(topic.summary), ""] }
      if cards.isEmpty { lines.append("No cards.") }
      for card in cards { lines += cardLines(card, pinnedAt: pinnedAt[card.id], clock: clock) }
      lines.append("")
    }

    lines += ["## Open mic", ""]
    if speakers.isEmpty {
      lines.append("Nobody spoke at the open mic.")
    } else {
      lines += ["| # | Speaker | Pitch | Started | Ended | Spoke (min:s) |", "| --- | --- | --- | --- | --- | --- |"]
      for (index, speaker) in speakers.enumerated() {
        lines.append(speakerRow(speaker.entry, started: speaker.started, number: index + 1, clock: clock))
      }
      lines += ["", "### Speaking time per person", ""]
      lines += ["| Speaker | Times | Spoke in all (min:s) |", "| --- | --- | --- |"]
      lines += perPersonRows(speakers.map(\.entry))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Parts

  /// "Thursday 26 November 2026, 18:00–22:00 (Europe/Berlin)", or nil without a start.
  private static func dateLine(_ config: EventConfig, clock: Clock) -> String? {
    guard let start = config.start else { return nil }
    var text = "\(clock.day(start)), \(clock.time(start))"
    if let end = config.end {
      text += clock.day(end) == clock.day(start) ? "–\(clock.time(end))" : " – \(clock.day(end)), \(clock.time(end))"
    }
    return text + " (\(MarkdownText.escaped(config.timeZone.identifier)))"
  }

  /// One card as a list item with its details below.
  private static func cardLines(_ card: DisplayCard, pinnedAt: Date?, clock: Clock) -> [String] {
    let role = [card.title, card.company].filter { !$0.isEmpty }.map(MarkdownText.escaped).joined(separator: " · ")
    var lines = ["- **\(MarkdownText.escaped(card.name))**" + (role.isEmpty ? "" : " — \(role)")]
    if !card.offer.isEmpty { lines.append("  - Can help with: \(MarkdownText.escaped(card.offer))") }
    if !card.seek.isEmpty { lines.append("  - Looking for: \(MarkdownText.escaped(card.seek))") }
    if let contact = card.contact { lines.append("  - Contact: \(MarkdownText.escaped(contact))") }
    if let pinnedAt { lines.append("  - Pinned at \(clock.time(pinnedAt))") }
    return lines
  }

  /// One row of the speakers' table.
  private static func speakerRow(_ speaker: OpenMicEntry, started: Date, number: Int, clock: Clock) -> String {
    let ended = speaker.endedAt.map(clock.time) ?? "—"
    let spoke = speaker.endedAt.map { minutesAndSeconds(speaker.spokenSeconds(at: $0)) } ?? "still speaking"
    let cells = [
      "\(number)", MarkdownText.escaped(speaker.name), MarkdownText.escaped(speaker.pitch), clock.time(started), ended,
      spoke,
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  /// One row per person (recognized by name, as the fairness rules do) in the order they first
  /// spoke: how often they spoke and for how long in all, counting the turns that ended.
  private static func perPersonRows(_ speakers: [OpenMicEntry]) -> [String] {
    var order: [String] = []
    var people: [String: (name: String, times: Int, seconds: TimeInterval, speaking: Bool)] = [:]
    for speaker in speakers {
      let key = NameKey.fold(speaker.name)
      if people[key] == nil { order.append(key) }
      var person = people[key] ?? (name: speaker.name, times: 0, seconds: 0, speaking: false)
      person.times += 1
      if let ended = speaker.endedAt { person.seconds += speaker.spokenSeconds(at: ended) } else { person.speaking = true }
      people[key] = person
    }
    return order.compactMap { people[$0] }.map { person in
      let spoke = minutesAndSeconds(person.seconds) + (person.speaking ? ", still speaking" : "")
      return "| \(MarkdownText.escaped(person.name)) | \(person.times) | \(spoke) |"
    }
  }

  /// "3:05" for 185 seconds.
  private static func minutesAndSeconds(_ interval: TimeInterval) -> String {
    let seconds = max(0, Int(interval.rounded()))
    let rest = seconds % 60
    return "\(seconds / 60):\(rest < 10 ? "0" : "")\(rest)"
  }

  /// Days and times in the event's time zone, in English.
  private struct Clock {
    let dayFormatter: DateFormatter
    let timeFormatter: DateFormatter

    init(timeZone: TimeZone) {
      dayFormatter = Self.formatter("EEEE d MMMM yyyy", timeZone: timeZone)
      timeFormatter = Self.formatter("HH:mm", timeZone: timeZone)
    }

    func day(_ date: Date) -> String { dayFormatter.string(from: date) }
    func time(_ date: Date) -> String { timeFormatter.string(from: date) }

    private static func formatter(_ format: String, timeZone: TimeZone) -> DateFormatter {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.calendar = Calendar(identifier: .gregorian)
      formatter.timeZone = timeZone
      formatter.dateFormat = format
      return formatter
    }
  }
}
