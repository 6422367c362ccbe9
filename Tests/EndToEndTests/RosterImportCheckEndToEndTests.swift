import EventState
import Foundation
import Testing

/// How `mingle import` and `mingle check` tell the organizer what they made of a ticketing export.
@Suite struct RosterImportCheckEndToEndTests {
  /// An Eventbrite-shaped report with a custom question that guesses cannot place and two that compete.
  static let report = """
    Order #,First Name,Last Name,Email,Attendee Status,What help are you looking for?,How can you help others?,Your superpower,Dietary needs\r
    1,Amara,Okafor,amara@okafor.example,Checked In,Seed investors,Solar intros,,Vegan\r
    2,Jonas,Weiß,jonas@example.de,Attending,Founders,,Contracts,\r

    """

  /// Adds `toml` to the end of the fixture's event.toml and returns the number of its first line.
  func append(_ toml: String, to fixture: EventFixture) throws -> Int {
    let url = fixture.folder.appendingPathComponent("event.toml")
    let before = try String(contentsOf: url, encoding: .utf8)
    try Data((before + toml).utf8).write(to: url)
    return before.split(separator: "\n", omittingEmptySubsequences: false).count
  }

  /// The lines of `output` that start with `path: `, with `path` left out.
  func lines(of output: String, about path: String) -> [String] {
    output.split(separator: "\n").map(String.init).filter { $0.hasPrefix(path + ": ") }
      .map { String($0.dropFirst(path.count)) }
  }

  @Test func checkDescribesTheGuessesOfAnExportInTheFolderInTheImportsWords() throws {
    let fixture = try EventFixture()
    let file = fixture.folder.deletingLastPathComponent().appendingPathComponent("report.csv")
    try Data(Self.report.utf8).write(to: file)
    let imported = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path, "--replace"])
    #expect(imported.status == 0, "\(imported.output)\(imported.error)")

    let roster = fixture.folder.appendingPathComponent("attendees.csv")
    try FileManager.default.removeItem(at: roster)
    try FileManager.default.copyItem(at: file, to: roster)
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.status == 0, "\(checked.output)")
    let described = lines(of: checked.output, about: roster.path)
    #expect(
      described == [
        ": Eventbrite attendee report (detected)",
        ": column \"What help are you looking for?\" → seek (guessed)",
        ": column \"How can you help others?\" → offer (guessed)",
        ": column \"Your superpower\" → ignore (guessed)",
        ": column \"Dietary needs\" → ignore (guessed)",
      ])
    let importedLines = lines(of: imported.output, about: file.path)
    #expect(described.allSatisfy(importedLines.contains), "the same words as the import: \(importedLines)")
    #expect(importedLines.contains(": column \"First Name\" → first_name"), "the import lists every column")
  }

  @Test func checkDescribesNothingOfARosterInMinglesOwnFormat() throws {
    let fixture = try EventFixture()
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.status == 0)
    let roster = fixture.folder.appendingPathComponent("attendees.csv").path
    #expect(lines(of: checked.output, about: roster).isEmpty, "\(checked.output)")
  }

  @Test func twoColumnsForOneFieldAreReportedByImportAndCheck() throws {
    let fixture = try EventFixture()
    _ = try append("\n[roster.columns]\n\"Your superpower\" = \"offer\"\n", to: fixture)
    let file = fixture.folder.appendingPathComponent("report.csv")
    try Data(Self.report.utf8).write(to: file)
    let warning =
      "1: warning: columns \"How can you help others?\" and \"Your superpower\" both map to offer; \"Your superpower\" is "
      + "read only where \"How can you help others?\" is empty"

    let imported = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path, "--replace"])
    #expect(imported.status == 0, "\(imported.error)")
    #expect(imported.output.contains("\(file.path):\(warning)"), "\(imported.output)")
    let jonas = try #require(fixture.event.roster.first { $0.name == "Jonas Weiß" })
    #expect(jonas.offer == "Contracts" && jonas.seek == "Founders")

    try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("attendees.csv"))
    try FileManager.default.moveItem(at: file, to: fixture.folder.appendingPathComponent("attendees.csv"))
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.output.contains("\(fixture.folder.path)/attendees.csv:\(warning)"), "\(checked.output)")
  }

  @Test func importReportsAnUnknownFieldOfRosterColumnsWithItsLine() throws {
    let fixture = try EventFixture()
    let line = try append("[roster.columns]\n\"What help are you looking for?\" = \"nonsense\"\n", to: fixture) + 1
    let file = fixture.folder.appendingPathComponent("report.csv")
    try Data(Self.report.utf8).write(to: file)
    let imported = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path])
    let expected =
      "\(fixture.folder.path)/event.toml:\(line): column \"What help are you looking for?\": unknown field \"nonsense\""
    #expect(imported.output.contains(expected), "\(imported.output)")
    #expect(imported.status == 0, "the import goes on with the guesses")
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.status == 1 && checked.output.contains(expected))
  }

  @Test func anUnreadableFileIsAFailureNotAUsageError() throws {
    let fixture = try EventFixture()
    let result = try MingleBinary.run(["import", "/nonexistent/x.csv", "--into", fixture.folder.path])
    #expect(result.status == 1)
    #expect(result.error == "/nonexistent/x.csv: cannot be read (missing, a folder, or no permission)\n")
    #expect(result.output.isEmpty)
  }
}
