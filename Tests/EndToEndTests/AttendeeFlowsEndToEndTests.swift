import EventState
import Foundation
import Testing

/// An attendee at the kiosk keyboard, with exactly the keys of the key contract, against the built
/// binary in tmux.
@Suite(.serialized) struct AttendeeFlowsEndToEndTests {
  /// Pins a card for `name` to the first topic ("For investors"), shown on the screens.
  func pinCard(_ session: TmuxSession, name: String) throws {
    try session.send(keys: "Enter")
    #expect(session.wait(for: "Pin your card · step 1 of") != nil, "the pin wizard did not open:\n\(session.screen())")
    try session.type(name)
    try session.send(keys: "Enter")
    #expect(session.wait(for: "step 2 of") != nil, "\(session.screen())")
    try session.type("Partner at Quorum Capital")
    try session.send(keys: "Enter")
    #expect(session.wait(for: "1. For investors") != nil, "\(session.screen())")
    try session.type("1")
    try session.send(keys: "Enter")
    try session.type("Term sheets")
    try session.send(keys: "Enter")
    try session.type("Climate founders")
    try session.send(keys: "Enter")
    try session.send(keys: "Enter")
    #expect(session.wait(for: "step 7 of") != nil, "\(session.screen())")
    try session.type("y")
    try session.send(keys: "Enter")
    #expect(session.wait(for: "step 8 of 8") != nil, "\(session.screen())")
    try session.send(keys: "Enter")
  }

  /// The pid of the kiosk running on `folder` (the newest one).
  func kioskPID(_ folder: URL) throws -> Int32 {
    let output = try Shell.run("/usr/bin/pgrep", ["-n", "-f", "run \(folder.path)"]).output
    return try #require(Int32(output.split(separator: "\n").first ?? ""))
  }

  @Test func aPinnedCardAppearsOnAnotherProcesssWallWithinASecond() throws {
    let fixture = try EventFixture()
    let wall = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 120, rows: 40)
    let kiosk = try TmuxSession([MingleBinary.path, "run", fixture.folder.path], columns: 100, rows: 30)
    #expect(wall.wait(for: ScreenTitles.wall) != nil)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try pinCard(kiosk, name: "Zoë Quórum")
    #expect(kiosk.wait(for: "Your code:") != nil, "no confirmation:\n\(kiosk.screen())")
    let seen = wall.wait(for: "Zoë Quórum", timeout: 1.0)
    #expect(seen != nil, "the wall did not show the card within 1 s of the confirmation:\n\(wall.screen())")
    let card = try #require(try EventStore(url: fixture.event.stateURL).snapshot(now: Date()).cards.first { $0.name == "Zoë Quórum" })
    #expect(card.topicID == "investors")
    #expect(kiosk.screen().contains("Your code: \(card.code)"), "the confirmation shows the personal code")
  }

  @Test func aCardConfirmedJustBeforeAKill9IsStillThereAfterARestart() throws {
    let fixture = try EventFixture()
    let kiosk = try TmuxSession(["/bin/sh", "-c", "\(Shell.quote(MingleBinary.path)) run \(Shell.quote(fixture.folder.path)); sleep 60"], columns: 100, rows: 30)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try pinCard(kiosk, name: "陈静 Kilroy")
    #expect(kiosk.wait(for: "Your code:", timeout: 5) != nil, "\(kiosk.screen())")
    kill(try kioskPID(fixture.folder), SIGKILL)
    let restarted = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 120, rows: 40)
    #expect(restarted.wait(for: "陈静 Kilroy") != nil, "the confirmed card was lost:\n\(restarted.screen())")
    let store = try EventStore(url: fixture.event.stateURL)
    #expect(try store.snapshot(now: Date()).cards.filter { $0.name == "陈静 Kilroy" }.count == 1)
  }

  @Test func anAbandonedWizardIsGoneAfterTheIdleTimeout() throws {
    let fixture = try EventFixture()
    let eventFile = fixture.folder.appendingPathComponent("event.toml")
    let event = try String(contentsOf: eventFile, encoding: .utf8)
    try event.replacingOccurrences(of: "idle_timeout = 60", with: "idle_timeout = 3").write(to: eventFile, atomically: true, encoding: .utf8)
    let kiosk = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 100, rows: 30)
    #expect(kiosk.wait(for: ScreenTitles.wall) != nil)
    try kiosk.send(keys: "Enter")
    #expect(kiosk.wait(for: "step 1 of") != nil)
    try kiosk.type("Half Typed")
    #expect(kiosk.wait(for: "Half Typed") != nil)
    #expect(kiosk.wait(timeout: 6) { !$0.contains("Half Typed") && $0.contains(ScreenTitles.wall) } != nil, "\(kiosk.screen())")
    try kiosk.send(keys: "Enter")
    #expect(kiosk.wait(for: "step 1 of") != nil)
    #expect(!kiosk.screen().contains("Half Typed"), "the next person sees nothing of it")
  }

  @Test func joiningTheOpenMicShowsOnTheBoardOfAnotherProcess() throws {
    let fixture = try EventFixture()
    let board = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "openmic"], columns: 120, rows: 40)
    let kiosk = try TmuxSession([MingleBinary.path, "run", fixture.folder.path], columns: 100, rows: 30)
    #expect(board.wait(for: ScreenTitles.openmic) != nil)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try kiosk.send(keys: "m")
    try kiosk.type("Olu Adebayo")
    try kiosk.send(keys: "Enter")
    try kiosk.type("Solar kiosks for markets")
    try kiosk.send(keys: "Enter", "Enter", "Enter")
    #expect(kiosk.wait(for: "Your place") != nil, "\(kiosk.screen())")
    #expect(board.wait(for: "Olu Adebayo", timeout: 1.0) != nil, "\(board.screen())")
  }
}
