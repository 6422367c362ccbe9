import EventState
import Foundation
import Testing

/// `mingle export` on a folder whose event.toml is broken: the settings it could not read (the
/// roster's privacy) must not fall back to defaults that let contacts leave.
@Suite struct ExportRefusalEndToEndTests {
  /// The demo event with `[privacy] roster = "none"`: no roster entry may leave, only pinned cards.
  func eventKeepingTheRosterPrivate() throws -> EventFixture {
    let fixture = try EventFixture()
    try edit(fixture) { $0.replacingOccurrences(of: "roster = \"consented\"", with: "roster = \"none\"") }
    return fixture
  }

  /// Rewrites the fixture's event.toml with `change`.
  func edit(_ fixture: EventFixture, _ change: (String) -> String) throws {
    let file = fixture.folder.appendingPathComponent("event.toml")
    try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
  }

  /// A sharer of the demo roster (show_card and share_contact yes).
  static let rosterSharer = "amara@lagoscleantech.example"

  @Test func theRosterPrivacySettingKeepsRosterContactsIn() throws {
    let fixture = try eventKeepingTheRosterPrivate()
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "vcf"])
    #expect(result.status == 0, "\(result.error)")
    #expect(!result.output.contains(Self.rosterSharer))
  }

  @Test func aSyntaxErrorInEventTomlExportsNothingAndFails() throws {
    let fixture = try eventKeepingTheRosterPrivate()
    try edit(fixture) { $0.replacingOccurrences(of: "idle_timeout = 60", with: "idle_timeout = 60 seconds") }
    let brokenLine = try #require(
      try String(contentsOf: fixture.folder.appendingPathComponent("event.toml"), encoding: .utf8)
        .components(separatedBy: "\n").firstIndex { $0.hasPrefix("idle_timeout = 60 seconds") }) + 1
    let out = fixture.folder.deletingLastPathComponent().appendingPathComponent("contacts.vcf")

    let toFile = try MingleBinary.run(["export", fixture.folder.path, "--format", "vcf", "--out", out.path])
    #expect(toFile.status == 1, "\(toFile.output)\(toFile.error)")
    #expect(toFile.error.contains("\(fixture.folder.path)/event.toml:\(brokenLine):"), "\(toFile.error)")
    #expect(toFile.error.contains("Nothing exported"))
    #expect(!toFile.error.contains("Usage:"))
    #expect(toFile.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out.path))

    for format in ["vcf", "csv", "md"] {
      let toOutput = try MingleBinary.run(["export", fixture.folder.path, "--format", format])
      #expect(toOutput.status == 1, "\(format)")
      #expect(toOutput.output.isEmpty, "\(format): \(toOutput.output)")
      #expect(!toOutput.error.contains(Self.rosterSharer))
    }
  }

  @Test func errorsInAttendeesCsvExportNothing() throws {
    let fixture = try EventFixture()
    let roster = fixture.folder.appendingPathComponent("attendees.csv")
    let text = try String(contentsOf: roster, encoding: .utf8)
    try Data((text + "\"Unclosed,quote\n").utf8).write(to: roster)
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "csv"])
    #expect(result.status == 1)
    #expect(result.error.contains("attendees.csv:"), "\(result.error)")
    #expect(result.output.isEmpty)
  }

  @Test func warningsAloneDoNotStopTheExport() throws {
    let fixture = try EventFixture()
    try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("tips.md"))
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "vcf"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(Self.rosterSharer))
  }
}
