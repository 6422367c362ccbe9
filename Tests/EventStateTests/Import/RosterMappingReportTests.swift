import Foundation
import Testing

@testable import EventState

/// How a roster's columns were read, as `mingle import` and `mingle check` print it.
@Suite struct RosterMappingReportTests {
  @Test func theFormatThenEachColumnWithGuessesMarkedEveryLineNamingTheFile() {
    let lines = RosterMappingReport.lines(
      source: "in/report.csv", format: .luma, formatWasGiven: true,
      mapping: [("name", .name, false), ("What are you looking for?", .seek, true), ("Dietary needs", .ignore, true)])
    #expect(
      lines == [
        "in/report.csv: Luma guest export (as given)",
        "in/report.csv: column \"name\" → name",
        "in/report.csv: column \"What are you looking for?\" → seek (guessed)",
        "in/report.csv: column \"Dietary needs\" → ignore (guessed)",
      ])
  }

  @Test func anExportInTheEventFolderIsDescribedByItsGuessesInTheImportsWords() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n[roster.columns]\n\"What can you help others with?\" = \"offer\"\n")
    let fixture = try Fixtures.directory.appendingPathComponent("rosters/eventbrite-attendee-report.csv")
    try folder.write("attendees.csv", data: try Data(contentsOf: fixture))
    let lines = RosterMappingReport.lines(ofRosterIn: EventFolder.load(from: folder.url), path: "ev/attendees.csv")
    #expect(
      lines == [
        "ev/attendees.csv: Eventbrite attendee report (detected)",
        "ev/attendees.csv: column \"What are you looking for?\" → seek (guessed)",
        "ev/attendees.csv: column \"May we show your profile on the venue screens?\" → show_card (guessed)",
        "ev/attendees.csv: column \"May attendees save your contact from the screen?\" → share_contact (guessed)",
        "ev/attendees.csv: column \"LinkedIn profile\" → url (guessed)",
      ])

    let imported = try RosterImport.run(file: fixture, source: "ev/attendees.csv", into: folder.url)
    let importLines = imported.lines(folder: "ev")
    #expect(lines.allSatisfy(importLines.contains), "\(importLines)")
  }

  @Test func mingleOwnFormatIsDescribedOnlyWhenAColumnWasGuessed() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n")
    try folder.write("attendees.csv", "name,title,show_card\nAda,Analyst,yes\n")
    #expect(RosterMappingReport.lines(ofRosterIn: EventFolder.load(from: folder.url), path: "a").isEmpty)
    try folder.write("attendees.csv", "Full name,title,Dietary needs\nAda,Analyst,Vegan\n")
    #expect(
      RosterMappingReport.lines(ofRosterIn: EventFolder.load(from: folder.url), path: "a") == [
        "a: mingle's own format (detected)", "a: column \"Full name\" → name (guessed)",
        "a: column \"Dietary needs\" → ignore (guessed)",
      ])
  }

  @Test func noRosterNoLines() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n")
    #expect(RosterMappingReport.lines(ofRosterIn: EventFolder.load(from: folder.url), path: "a").isEmpty)
  }
}
