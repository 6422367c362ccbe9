import Foundation
import Testing

@testable import EventState

/// The Markdown event report.
@Suite struct EventReportTests {
  let text = EventReport.markdown(
    config: ExportTestEvent.config, roster: ExportTestEvent.roster, live: ExportTestEvent.live)

  @Test func theWholeReport() {
    #expect(
      text.split(separator: "\n", omittingEmptySubsequences: false) == [
        "# Founders & \\*Funders\\*",
        "",
        "- Date: Friday 15 January 2027, 09:00–13:00 (Europe/Berlin)",
        "- Venue: Factory \\<Berlin\\>",
        "",
        "## In numbers",
        "",
        "- People in the roster: 2",
        "- People shown on the screens: 4",
        "- Cards on the connecting wall: 3",
        "  - For investors: 2",
        "  - For lawyers: 1",
        "- Open-mic speakers: 2",
        "",
        "## Connecting wall",
        "",
        "### For investors (2 cards)",
        "",
        "Meet the people who write cheques",
        "",
        "- **Amara Okafor** — Founder · Lagos Cleantech",
        "  - Can help with: Solar intros, and more",
        "  - Looking for: Seed investors",
        "  - Contact: amara@okafor.example",
        "  - Pinned at 09:00",
        "- **=HYPERLINK(\"http://evil.example\")** — -1+2 · \\[click\\](http://evil.example)",
        "  - Pinned at 10:02",
        "",
        "### For lawyers (1 card)",
        "",
        "- **Jonas Weiß** — Partner · Weiß & Kern",
        "  - Pinned at 09:01",
        "",
        "## Open mic",
        "",
        "| # | Speaker | Pitch | Started | Ended | Spoke (min:s) |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 1 | Mei Chen | Pitch decks \\| feedback | 10:00 | 10:03 | 2:45 |",
        "| 2 | Dev Patel | Hiring Swift engineers | 10:06 | — | still speaking |",
        "",
        "### Speaking time per person",
        "",
        "| Speaker | Times | Spoke in all (min:s) |",
        "| --- | --- | --- |",
        "| Mei Chen | 1 | 2:45 |",
        "| Dev Patel | 1 | 0:00, still speaking |",
        "",
      ])
  }

  @Test func someoneWhoSpokeTwiceHasTheirTimesAddedUp() {
    let t0 = ExportTestEvent.t0
    func turn(_ id: String, _ name: String, startedAfter start: Double, seconds: Double) -> OpenMicEntry {
      OpenMicEntry(
        id: id, name: name, pitch: "", minutes: 3, status: .done, position: 1, joinedAt: t0,
        startedAt: t0.addingTimeInterval(start), endedAt: t0.addingTimeInterval(start + seconds))
    }
    let live = LiveState(queue: [
      turn("a", "Mei Chen", startedAfter: 0, seconds: 100), turn("b", "Dev Patel", startedAfter: 200, seconds: 30),
      turn("c", "mei chen", startedAfter: 400, seconds: 65),
    ])
    let report = EventReport.markdown(config: ExportTestEvent.config, roster: [], live: live)
    #expect(report.hasSuffix("| Mei Chen | 2 | 2:45 |\n| Dev Patel | 1 | 0:30 |\n"))
  }

  @Test func nothingWithoutConsentLeaves() {
    for secret in ExportTestEvent.secrets { #expect(!text.contains(secret), "\(secret)") }
  }

  @Test func anEventWithoutDatesCardsOrSpeakers() {
    let config = EventConfig(name: "Quiet", topics: [Topic(id: "x", title: "X")])
    let report = EventReport.markdown(config: config, roster: [], live: LiveState())
    #expect(report.hasPrefix("# Quiet\n\n## In numbers\n"))
    #expect(report.contains("### X (0 cards)\n\nNo cards.\n"))
    #expect(report.hasSuffix("## Open mic\n\nNobody spoke at the open mic.\n"))
  }

  @Test func anEventOverMidnightNamesBothDays() {
    var config = ExportTestEvent.config
    config.end = ExportTestEvent.t0.addingTimeInterval(20 * 3600)
    let report = EventReport.markdown(config: config, roster: [], live: LiveState())
    #expect(report.contains("- Date: Friday 15 January 2027, 09:00 – Saturday 16 January 2027, 05:00 (Europe/Berlin)"))
  }
}
