import Foundation
import Testing

@testable import EventState

/// `mingle import`: reading exports into an event folder's attendees.csv.
@Suite struct RosterImportTests {
  let eventTOML = """
    name = "Meetup"
    [[topics]]
    id = "investors"
    [roster.columns]
    "What can you help others with?" = "offer"
    "May we show your profile on the venue screens?" = "show_card"
    """

  /// A folder with event.toml and, when given, an attendees.csv.
  func eventFolder(roster: String? = nil) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", eventTOML)
    if let roster { try folder.write("attendees.csv", roster) }
    return folder
  }

  /// A fixture roster copied to a file of its own.
  func fixture(_ name: String) throws -> URL {
    let url = try Fixtures.directory.appendingPathComponent("rosters/\(name)")
    #expect(FileManager.default.fileExists(atPath: url.path))
    return url
  }

  /// The folder's attendees.csv as the kiosk loads it.
  func roster(of folder: TemporaryFolder) -> [Attendee] { EventFolder.load(from: folder.url).roster }

  /// What is in the folder besides the files a test wrote.
  func leftovers(in folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
  }

  @Test func anEventbriteReportIsImportedWithTheEventsMappingAndGuesses() throws {
    let folder = try eventFolder()
    let report = try RosterImport.run(file: try fixture("eventbrite-attendee-report.csv"), into: folder.url)
    #expect(report.format == .eventbrite && !report.formatWasGiven)
    let mapping = Dictionary(report.mapping.map { ($0.column, ($0.field, $0.guessed)) }, uniquingKeysWith: { a, _ in a })
    #expect(mapping["What can you help others with?"]! == (.offer, false), "configured in event.toml")
    #expect(mapping["What are you looking for?"]! == (.seek, true), "guessed")
    #expect(mapping["May we show your profile on the venue screens?"]! == (.showCard, false))
    #expect(mapping["First Name"]! == (.firstName, false))
    #expect(report.rowsRead == 12 && report.peopleRead == 12 && report.imported == 12)
    #expect(report.rosterCount == 12 && report.added == 12 && report.mergedWithExisting == 0)
    #expect(report.succeeded && !report.backedUp)

    let lines = report.lines(folder: "event")
    #expect(lines.first == "eventbrite-attendee-report.csv: Eventbrite attendee report (detected)")
    #expect(lines.contains("eventbrite-attendee-report.csv: column \"What are you looking for?\" → seek (guessed)"))
    #expect(lines.contains("eventbrite-attendee-report.csv: column \"What can you help others with?\" → offer"))
    #expect(lines.contains("12 rows read, 12 people after merging duplicates."))
    #expect(lines.contains("Imported 12 people: 0 merged with people already in attendees.csv, 12 added; attendees.csv now lists 12 people."))

    let people = roster(of: folder)
    #expect(people.count == 12)
    let sarah = try #require(people.first { $0.name == "Sarah O'Connor" })
    #expect(sarah.offer == "Bookkeeping, VAT, \"runway\" math" && sarah.company == "O'Connor, Byrne & Co")
    #expect(sarah.email == "sarah.oconnor@example.ie" && sarah.showCard == true && sarah.shareContact == true)
    let olek = try #require(people.first { $0.name == "Olek Nowak" })
    #expect(olek.seek == "An internship in product", "a quoted line break")
    let mei = try #require(people.first { $0.name.hasPrefix("Mei Chen") })
    #expect(mei.contact == "https://linkedin.example/in/meichen" && mei.title == "Angel investor")
    #expect(try leftovers(in: folder).isEmpty, "no temporary file is left behind")
  }

  @Test func theWrittenRosterHoldsExactlyWhatTheFileWasReadAs() throws {
    let folder = try eventFolder()
    let file = try fixture("luma-guests.csv")
    _ = try RosterImport.run(file: file, into: folder.url)
    let direct = RosterParser.parse(try Data(contentsOf: file), columns: EventFolder.load(from: folder.url).config.rosterColumns)
    let strip = { (people: [Attendee]) in
      people.map { person -> Attendee in
        var person = person
        person.line = 0
        person.checkedIn = nil
        return person
      }
    }
    #expect(strip(roster(of: folder)) == strip(direct.attendees))
  }

  @Test func aLumaExportWithItsByteOrderMarkAndWaitlist() throws {
    let folder = try eventFolder()
    let report = try RosterImport.run(file: try fixture("luma-guests.csv"), into: folder.url)
    #expect(report.format == .luma)
    #expect(report.rowsRead == 8 && report.peopleRead == 7)
    #expect(
      report.problems.lines == [
        "luma-guests.csv:1: warning: [roster.columns] names \"May we show your profile on the venue screens?\", which is not a column of this file",
        "luma-guests.csv:1: warning: [roster.columns] names \"What can you help others with?\", which is not a column of this file",
        "luma-guests.csv:5: warning: skipped: approval status is \"waitlist\" (not attending)",
      ])
    let amara = try #require(roster(of: folder).first)
    #expect(amara.name == "Amara Okafor" && amara.title == "Founder" && amara.company == "Lagos Cleantech")
  }

  @Test func onlyCheckedInPeopleWhenAsked() throws {
    let folder = try eventFolder()
    let options = RosterImport.Options(checkedInOnly: true)
    let report = try RosterImport.run(file: try fixture("meetup-attendees.csv"), into: folder.url, options: options)
    #expect(report.format == .meetup && report.peopleRead == 6 && report.notCheckedIn == 3 && report.imported == 3)
    #expect(report.lines(folder: "x").contains("6 rows read, 6 people after merging duplicates, 3 not checked in left out."))
    #expect(roster(of: folder).map(\.name) == ["Amara Okafor", "Mei Chen 陈", "Sarah O'Connor"])
  }

  @Test func checkedInOnlyWithoutACheckInColumnImportsNobodyAndSaysWhy() throws {
    let folder = try eventFolder(roster: "name\nAda\n")
    let file = folder.url.appendingPathComponent("export.csv")
    try Data("name,email\nBob,bob@x.test\n".utf8).write(to: file)
    let report = try RosterImport.run(file: file, into: folder.url, options: .init(checkedInOnly: true))
    #expect(!report.succeeded && report.rosterCount == nil)
    #expect(report.problems.first?.message.contains("no check-in column") == true)
    #expect(report.lines(folder: "x").last == "Nothing imported: attendees.csv was not changed.")
    #expect(try String(contentsOf: folder.url.appendingPathComponent("attendees.csv"), encoding: .utf8) == "name\nAda\n")
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("attendees.csv.bak").path))
  }

  @Test func aGivenFormatOverridesDetection() throws {
    let folder = try eventFolder()
    let report = try RosterImport.run(
      file: try fixture("meetup-attendees.csv"), into: folder.url, options: .init(format: .luma))
    #expect(report.format == .luma && report.formatWasGiven)
    #expect(report.lines(folder: "x").first == "meetup-attendees.csv: Luma guest export (as given)")
    #expect(report.mapping.first { $0.column == "Attendance" }?.field == .ignore, "Meetup's columns are not Luma's")
  }

  @Test func invalidUTF8AndDamagedRowsAreReportedWithTheirLinesAndNeverFatal() throws {
    let folder = try eventFolder()
    let report = try RosterImport.run(file: try fixture("nasty-mixed.csv"), source: "in/nasty.csv", into: folder.url)
    #expect(report.succeeded && report.imported == 6)
    #expect(report.problems.lines.contains("in/nasty.csv:5: warning: invalid UTF-8 in column \"company\""))
    #expect(report.problems.lines.contains("in/nasty.csv:8: warning: skipped: no name"))
    #expect(report.lines(folder: "x").contains("in/nasty.csv:9: warning: same email as line 2; merged into that entry"))
    #expect(roster(of: folder).first { $0.name == "Bad Bytes" }?.company == "\u{FFFD}\u{FFFD}Corp")
  }

  @Test func importedPeopleMergeIntoTheRosterAlreadyThereWhichIsBackedUp() throws {
    let previous = "name,title,email,show_card\nAmara Okafor,,AMARA@okafor.example,no\nZoë Martin,Principal,,yes\n"
    let folder = try eventFolder(roster: previous)
    let report = try RosterImport.run(file: try fixture("eventbrite-attendee-report.csv"), into: folder.url)
    #expect(report.mergedWithExisting == 1 && report.added == 11 && report.rosterCount == 13 && report.backedUp)
    #expect(report.lines(folder: "x").last == "The previous attendees.csv was kept as attendees.csv.bak.")
    let people = roster(of: folder)
    #expect(people.map(\.name).prefix(2) == ["Amara Okafor", "Zoë Martin"])
    #expect(people[0].title == "Founder" && people[0].showCard == false, "filled in, and the earlier no stays")
    let backup = try String(contentsOf: folder.url.appendingPathComponent("attendees.csv.bak"), encoding: .utf8)
    #expect(backup == previous)
  }

  @Test func replaceStartsFromTheImportAlone() throws {
    let folder = try eventFolder(roster: "name\nSomeone From Before\n")
    let report = try RosterImport.run(
      file: try fixture("meetup-attendees.csv"), into: folder.url, options: .init(replace: true))
    #expect(report.rosterCount == 6 && report.mergedWithExisting == 0 && report.backedUp)
    #expect(!roster(of: folder).contains { $0.name == "Someone From Before" })
  }

  @Test func importingTheSameFileTwiceChangesNothing() throws {
    let folder = try eventFolder()
    _ = try RosterImport.run(file: try fixture("meetup-attendees.csv"), into: folder.url)
    let first = try Data(contentsOf: folder.url.appendingPathComponent("attendees.csv"))
    let again = try RosterImport.run(file: try fixture("meetup-attendees.csv"), into: folder.url)
    #expect(again.mergedWithExisting == 6 && again.added == 0, "Meetup has no emails: names match")
    #expect(try Data(contentsOf: folder.url.appendingPathComponent("attendees.csv")) == first)
  }

  @Test func aFileWithoutAnyoneImportsNothing() throws {
    let folder = try eventFolder()
    let file = folder.url.appendingPathComponent("empty.csv")
    try Data("company,notes\nAcme,\n".utf8).write(to: file)
    let report = try RosterImport.run(file: file, into: folder.url)
    #expect(!report.succeeded)
    #expect(report.problems.contains { $0.severity == .error && $0.message.contains("no name column") })
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("attendees.csv").path))
  }

  @Test func tenThousandRowsMergedIntoTenThousand() throws {
    let folder = try eventFolder()
    var csv = "\u{FEFF}Order #,First Name,Last Name,Email,Attendee Status,What can you help others with?,"
      + "May we show your profile on the venue screens?\r\n"
    for i in 1...10_000 {
      csv += "\(i),Person,\"Number \(i)\",p\(i)@example.test,Attending,\"Help, \"\"quoted\"\" \(i)\",Yes\r\n"
    }
    let file = folder.url.appendingPathComponent("big.csv")
    try Data(csv.utf8).write(to: file)
    let first = try RosterImport.run(file: file, into: folder.url)
    #expect(first.rowsRead == 10_000 && first.rosterCount == 10_000 && first.problems.isEmpty)
    let second = try RosterImport.run(file: file, into: folder.url)
    #expect(second.mergedWithExisting == 10_000 && second.rosterCount == 10_000)
    let people = roster(of: folder)
    #expect(people.count == 10_000)
    #expect(people.last?.offer == "Help, \"quoted\" 10000" && people.last?.name == "Person Number 10000")
    #expect(people.last?.showCard == true)
  }

  @Test func aMissingEventTOMLMeansGuessesOnly() throws {
    let folder = try TemporaryFolder()
    let report = try RosterImport.run(file: try fixture("eventbrite-attendee-report.csv"), into: folder.url)
    #expect(report.folderProblems.lines == ["event.toml: warning: missing or unreadable: custom questions are mapped by guesses only"])
    #expect(report.mapping.first { $0.column == "What can you help others with?" }.map { ($0.field, $0.guessed) }! == (.offer, true))
    #expect(report.lines(folder: "ev").contains("ev/event.toml: warning: missing or unreadable: custom questions are mapped by guesses only"))
  }

  @Test func aBrokenEventTOMLIsReportedAndTheImportGoesOn() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n[roster.columns]\n\"What can you help others with?\" = \"offers\"\n")
    let report = try RosterImport.run(file: try fixture("eventbrite-attendee-report.csv"), into: folder.url)
    #expect(report.succeeded)
    #expect(report.folderProblems.count == 1 && report.folderProblems[0].file == "event.toml" && report.folderProblems[0].line == 3)
  }

  @Test func twoColumnsMappedToOneFieldAreReportedOnTheHeaderLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n[roster.columns]\n\"What can you help others with?\" = \"seek\"\n")
    let report = try RosterImport.run(file: try fixture("eventbrite-attendee-report.csv"), into: folder.url)
    #expect(
      report.problems.lines.first
        == "eventbrite-attendee-report.csv:1: warning: columns \"What can you help others with?\" and "
        + "\"What are you looking for?\" both map to seek; \"What are you looking for?\" is read only where "
        + "\"What can you help others with?\" is empty (map one of them to \"ignore\" in [roster.columns] of event.toml to choose)")
  }

  @Test func errorsOfTheRosterAlreadyThereAreReportedItsWarningsAreNot() throws {
    let folder = try eventFolder(roster: "name,show_card\nAda,maybe\n\"Bob,yes\n")
    let report = try RosterImport.run(file: try fixture("meetup-attendees.csv"), into: folder.url)
    #expect(
      report.folderProblems.lines == [
        "attendees.csv:3: a quote opened here is never closed: the rest of the file was read as one cell"
      ])
    #expect(report.lines(folder: "ev").contains { $0.hasPrefix("ev/attendees.csv:3: a quote opened here") })
    #expect(report.mergedWithExisting == 0 && report.rosterCount == 8)
  }

  @Test func aRosterThatCannotBeReadStopsTheImportBeforeAnythingChanges() throws {
    let folder = try eventFolder()
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("attendees.csv"), withIntermediateDirectories: false)
    #expect(throws: RosterImport.Failure.self) {
      try RosterImport.run(file: try fixture("meetup-attendees.csv"), into: folder.url)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("attendees.csv.bak").path))
  }

  @Test func aMissingFolderOrFileIsAFailure() throws {
    let folder = try eventFolder()
    #expect(throws: RosterImport.Failure.self) {
      try RosterImport.run(file: try fixture("luma-guests.csv"), into: folder.url.appendingPathComponent("nope"))
    }
    #expect(throws: RosterImport.Failure.self) {
      try RosterImport.run(file: folder.url.appendingPathComponent("nope.csv"), into: folder.url)
    }
  }
}
