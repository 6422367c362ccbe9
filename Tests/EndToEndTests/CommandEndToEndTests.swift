import EventState
import Foundation
import Testing

/// The non-interactive commands: init, check, --help.
@Suite struct CommandEndToEndTests {
  @Test func initScaffoldsAnEventThatChecksClean() throws {
    let folder = try MingleBinary.temporaryFolder().appendingPathComponent("party")
    let created = try MingleBinary.run(["init", folder.path, "--pin", "9753"])
    #expect(created.status == 0, "\(created.error)")
    let event = EventFolder.load(from: folder)
    #expect(event.problems.filter { $0.severity == .error }.isEmpty)
    #expect(event.config.moderatorPIN?.verify("9753") == true)
    #expect(event.config.moderatorPIN?.verify("2468") == false)
    let text = try String(contentsOf: folder.appendingPathComponent("event.toml"), encoding: .utf8)
    #expect(!text.contains("9753"), "the PIN must never be stored in plain text")

    let checked = try MingleBinary.run(["check", folder.path])
    #expect(checked.status == 0, "\(checked.output)\(checked.error)")
    #expect(checked.output.contains("40 attendees"))
  }

  @Test func initRefusesToOverwriteAnEvent() throws {
    let folder = try MingleBinary.temporaryFolder()
    #expect(try MingleBinary.run(["init", folder.path]).status == 0)
    try "name = \"Mine\"\n".write(to: folder.appendingPathComponent("event.toml"), atomically: true, encoding: .utf8)
    let again = try MingleBinary.run(["init", folder.path])
    #expect(again.status != 0)
    #expect(try String(contentsOf: folder.appendingPathComponent("event.toml"), encoding: .utf8) == "name = \"Mine\"\n")
  }

  @Test func initRejectsABadPin() throws {
    let folder = try MingleBinary.temporaryFolder().appendingPathComponent("x")
    let result = try MingleBinary.run(["init", folder.path, "--pin", "12"])
    #expect(result.status != 0)
    #expect(result.error.contains("--pin"))
  }

  @Test func checkReportsEveryProblemWithFileAndLineAndFails() throws {
    let folder = try MingleBinary.temporaryFolder()
    try """
      name = "Broken"
      [[topics]]
      id = "investors"
      title = "For investors"

      [[rotation]]
      screen = "nonsense"
      seconds = 10
      """.write(to: folder.appendingPathComponent("event.toml"), atomically: true, encoding: .utf8)
    try "name,title,company\nAda,Analyst,Engines\n,Nameless,Co\n".write(to: folder.appendingPathComponent("attendees.csv"), atomically: true, encoding: .utf8)
    let result = try MingleBinary.run(["check", folder.path])
    #expect(result.status == 1)
    #expect(result.output.contains("event.toml:7:"), "\(result.output)")
    #expect(result.output.contains("attendees.csv:3:"), "\(result.output)")
    #expect(result.output.contains("tips.md"), "a missing tips.md is mentioned: \(result.output)")
  }

  @Test func checkSurvivesGarbage() throws {
    let folder = try MingleBinary.temporaryFolder()
    try Data([0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x80]).write(to: folder.appendingPathComponent("event.toml"))
    try Data([0x22, 0xFF, 0x0A, 0x22, 0x22, 0x2C]).write(to: folder.appendingPathComponent("attendees.csv"))
    let result = try MingleBinary.run(["check", folder.path])
    #expect(result.status == 1)
    #expect(result.output.contains("event.toml"))
    #expect(!result.output.contains("\u{1B}"), "check must not echo escape sequences")
  }

  @Test func aBrokenThemeIsReportedAndTheKioskStillRuns() throws {
    let fixture = try EventFixture()
    let themes = fixture.folder.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try "name = \"neon\"\n[roles.header\nrich = 3\n".write(to: themes.appendingPathComponent("neon.toml"), atomically: true, encoding: .utf8)
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.status == 0, "the event's own theme is fine: \(checked.output)")
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--theme", "neon", "--screens", "wall"], columns: 100, rows: 30)
    #expect(session.wait(for: ScreenTitles.wall) != nil, "a broken theme must not stop the kiosk:\n\(session.screen())")

    var event = try String(contentsOf: fixture.folder.appendingPathComponent("event.toml"), encoding: .utf8)
    event = event.replacingOccurrences(of: "theme = \"dark\"", with: "theme = \"neon\"")
    try event.write(to: fixture.folder.appendingPathComponent("event.toml"), atomically: true, encoding: .utf8)
    let broken = try MingleBinary.run(["check", fixture.folder.path])
    #expect(broken.status == 1)
    #expect(broken.output.contains("themes/neon.toml:2:"), "\(broken.output)")
  }

  @Test func helpIsAvailableEverywhere() throws {
    for command in [[], ["run"], ["init"], ["check"], ["demo"]] {
      let result = try MingleBinary.run(command + ["--help"])
      #expect(result.status == 0)
      #expect(result.output.contains("USAGE"), "\(command) --help")
    }
  }

  @Test func runRefusesAMissingFolder() throws {
    let result = try MingleBinary.run(["run", "/nonexistent/mingle-event"])
    #expect(result.status != 0)
    #expect(result.error.contains("no such event folder"))
  }
}
