import Foundation
import Testing

@testable import EventState

/// The connecting wall as CSV.
@Suite struct WallExportTests {
  let text = WallExport.csv(config: ExportTestEvent.config, roster: ExportTestEvent.roster, live: ExportTestEvent.live)

  @Test func theWallAsShownWithPinnedTimesInTheEventsTimeZone() {
    #expect(
      text.split(separator: "\r\n", omittingEmptySubsequences: false) == [
        "topic,name,role,company,offer,seek,contact,pinned_at",
        "For investors,Amara Okafor,Founder,Lagos Cleantech,\"Solar intros, and more\",Seed investors,amara@okafor.example,2027-01-15T09:00:00+01:00",
        "For investors,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-1+2,[click](http://evil.example),,,,2027-01-15T10:02:05+01:00",
        "For lawyers,Jonas Weiß,Partner,Weiß & Kern,,,,2027-01-15T09:01:00+01:00",
        "",
      ])
  }

  @Test func nothingWithoutConsentLeaves() {
    for secret in ExportTestEvent.secrets { #expect(!text.contains(secret), "\(secret)") }
  }

  @Test func itReadsBackAsTheSameCells() {
    let records = CSVReader(data: Data(text.utf8)).records
    #expect(records.count == 4)
    #expect(records[1].fields.map(\.text)[4] == "Solar intros, and more")
    #expect(records[2].fields.map(\.text)[1] == "'=HYPERLINK(\"http://evil.example\")")
  }

  @Test func anEventWithoutCardsHasOnlyTheHeader() {
    let empty = WallExport.csv(config: ExportTestEvent.config, roster: ExportTestEvent.roster, live: LiveState())
    #expect(empty == "topic,name,role,company,offer,seek,contact,pinned_at\r\n")
  }
}
