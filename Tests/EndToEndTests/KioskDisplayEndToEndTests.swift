import EventState
import Foundation
import Testing

/// The built kiosk in a real terminal (tmux): it starts, shows every screen, relayouts on resize and
/// leaves the terminal as it found it.
@Suite(.serialized) struct KioskDisplayEndToEndTests {
  @Test func theDemoStartsAndShowsEveryScreen() throws {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path], columns: 120, rows: 40, environment: fixture.environment)
    let name = "Climate Tech"
    #expect(session.wait(for: name) != nil, "the demo's header never appeared:\n\(session.screen())")
    let state = fixture.stateHome.appendingPathComponent("mingle/demo/state.sqlite")
    #expect(FileManager.default.fileExists(atPath: state.path), "the demo keeps its live state in XDG_STATE_HOME")
    let titles = ScreenTitles.all
    for (index, title) in titles.enumerated() {
      if index > 0 { try session.send(keys: "Right") }
      #expect(session.wait(for: title) != nil, "screen \(title) did not appear:\n\(session.screen())")
    }
    #expect(session.screen().contains("Sofia Marin"), "the demo's open-mic queue is seeded")
    try session.send(keys: "Right", "Right")
    #expect(session.wait(for: ScreenTitles.wall) != nil)
    #expect(session.screen().contains("Amara Okafor"), "the demo's pinned cards are seeded")
  }

  @Test func eachScreenCanBeChosenWithScreens() throws {
    let fixture = try EventFixture()
    for (screen, title) in zip(ScreenKind.allCases, ScreenTitles.all) {
      let session = try TmuxSession(
        [MingleBinary.path, "run", fixture.folder.path, "--screens", screen.rawValue], columns: 100, rows: 30)
      #expect(session.wait(for: title) != nil, "--screens \(screen.rawValue):\n\(session.screen())")
      try session.send(keys: "Right")
      usleep(300_000)
      #expect(session.screen().contains(title), "a one-screen rotation stays on \(screen.rawValue)")
    }
  }

  @Test func aResizeRelayoutsTheScreen() throws {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 80, rows: 24)
    #expect(session.wait(for: "For investors") != nil)
    let clockColumn = { (screen: String) -> Int? in
      screen.split(separator: "\n").first.flatMap { line in line.range(of: ":", options: .backwards).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
    }
    let small = clockColumn(session.screen())
    try session.resize(columns: 160, rows: 48)
    #expect(session.wait { screen in clockColumn(screen).map { $0 > 100 } ?? false } != nil, "header did not follow the new width:\n\(session.screen())")
    #expect(small.map { $0 < 80 } ?? false)
    try session.resize(columns: 30, rows: 8)
    #expect(session.wait(for: "enlarge") != nil, "too-small message missing:\n\(session.screen())")
    try session.resize(columns: 100, rows: 30)
    #expect(session.wait(for: "For investors") != nil)
  }

  @Test func aSecondProcessShowsAStoreChangeWithinASecond() throws {
    let fixture = try EventFixture()
    let first = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 120, rows: 40)
    let second = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "cards"], columns: 120, rows: 40)
    #expect(first.wait(for: "For investors") != nil)
    #expect(second.wait(for: ScreenTitles.cards) != nil)
    let store = try EventStore(url: fixture.event.stateURL)
    let card = PinnedCard(
      id: UUID().uuidString, topicID: "investors", name: "Zelda Quorum", title: "Partner", company: "Quorum Capital",
      showCard: true, pinnedAt: Date())
    try store.pin(card, actor: "end-to-end test")
    let wall = first.wait(for: "Zelda Quorum", timeout: 1.0)
    let cards = second.wait(for: "Zelda Quorum", timeout: 1.0)
    #expect(wall != nil, "the wall did not show the new card within 1 s:\n\(first.screen())")
    #expect(cards != nil, "the cards screen did not show the new card within 1 s:\n\(second.screen())")
  }

  @Test func aBrokenEventFolderStillRunsAndItsProblemsArePrintedAfterwards() throws {
    let folder = try MingleBinary.temporaryFolder()
    try Data([0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x80]).write(to: folder.appendingPathComponent("event.toml"))
    try Data([0x22, 0xFF, 0x0A, 0x22, 0x22, 0x2C]).write(to: folder.appendingPathComponent("attendees.csv"))
    let errors = folder.appendingPathComponent("stderr.txt")
    let script = "\(Shell.quote(MingleBinary.path)) run \(Shell.quote(folder.path)) 2> \(Shell.quote(errors.path)); sleep 60"
    let session = try TmuxSession(["/bin/sh", "-c", script], columns: 80, rows: 24)
    #expect(session.wait(for: ScreenTitles.cards) != nil, "\(session.screen())")
    let kiosk = try Shell.run("/usr/bin/pgrep", ["-f", "run \(folder.path)$"]).output
    kill(try #require(Int32(kiosk.split(separator: "\n").first ?? "")), SIGTERM)
    #expect(session.wait(timeout: 5) { _ in ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").contains("event.toml") } != nil)
    let printed = try String(contentsOf: errors, encoding: .utf8)
    #expect(printed.contains("\(folder.path)/event.toml"), "\(printed)")
    #expect(printed.contains("\(folder.path)/attendees.csv:"), "\(printed)")
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aStopSignalRestoresTheTerminal(signal: Int32) throws {
    let fixture = try EventFixture()
    let modes = fixture.folder.deletingLastPathComponent()
    let script = """
      stty -g > \(Shell.quote(modes.appendingPathComponent("before").path))
      \(Shell.quote(MingleBinary.path)) run \(Shell.quote(fixture.folder.path))
      echo "kiosk exited with $?"
      stty -g > \(Shell.quote(modes.appendingPathComponent("after").path))
      sleep 60
      """
    let session = try TmuxSession(["/bin/sh", "-c", script], columns: 80, rows: 24)
    #expect(session.wait(for: "Climate Tech") != nil)
    #expect(session.variable("alternate_on") == "1")
    #expect(session.variable("cursor_flag") == "0", "the kiosk hides the cursor")
    let kiosk = try Shell.run("/usr/bin/pgrep", ["-f", "run \(fixture.folder.path)$"]).output
    let pid = try #require(Int32(kiosk.split(separator: "\n").first ?? ""))
    kill(pid, signal)
    #expect(session.wait(for: "kiosk exited with 0", timeout: 5) != nil, "\(session.screen())")
    #expect(session.variable("alternate_on") == "0", "still on the alternate screen")
    #expect(session.variable("cursor_flag") == "1", "cursor left hidden")
    session.wait(timeout: 2) { _ in FileManager.default.fileExists(atPath: modes.appendingPathComponent("after").path) }
    let before = try String(contentsOf: modes.appendingPathComponent("before"), encoding: .utf8)
    let after = try String(contentsOf: modes.appendingPathComponent("after"), encoding: .utf8)
    #expect(before == after, "terminal modes (stty) not restored")
  }

  @Test func ctrlCDoesNotEscapeALockedKioskButQuitsAnUnlockedOne() throws {
    let fixture = try EventFixture()
    let locked = try TmuxSession([MingleBinary.path, "run", fixture.folder.path], columns: 80, rows: 24)
    #expect(locked.wait(for: "Climate Tech") != nil)
    for key in ["C-c", "C-z", "C-\\", "C-s", "C-q", "C-d", "Escape"] { try locked.send(keys: key) }
    usleep(500_000)
    #expect(locked.variable("pane_dead") == "0", "a locked kiosk was escaped")
    #expect(locked.screen().contains("Climate Tech"))

    let unlocked = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--unlocked"], columns: 160, rows: 30)
    #expect(unlocked.wait(for: "Ctrl-C") != nil)
    try unlocked.send(keys: "C-c")
    #expect(unlocked.wait(timeout: 5) { _ in unlocked.variable("pane_dead") == "1" } != nil)
    #expect(unlocked.variable("alternate_on") == "0")
  }
}
