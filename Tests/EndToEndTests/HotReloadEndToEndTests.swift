import Foundation
import Testing

/// Editing the event folder while kiosks run updates every display; a broken edit keeps the last good
/// state.
@Suite(.serialized) struct HotReloadEndToEndTests {
  let newTip = "Swap one useful link with everyone you meet tonight, then follow up before Friday so the conversation does not go cold over the weekend."

  @Test func anEditedTipAppearsWithinTwoSeconds() throws {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "tips"], columns: 80, rows: 24)
    #expect(session.wait(for: ScreenTitles.tips) != nil, "\(session.screen())")
    try "- \(newTip)\n- Second tip.\n".write(to: fixture.folder.appendingPathComponent("tips.md"), atomically: true, encoding: .utf8)
    #expect(session.wait(for: "Swap one useful link", timeout: 2) != nil, "the edited tip did not appear within 2 s:\n\(session.screen())")
    #expect(session.screen().contains("Tip 1 of 2"))
  }

  @Test func aBrokenEditKeepsTheLastGoodState() throws {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 120, rows: 40)
    #expect(session.wait(for: "For investors") != nil)
    let eventFile = fixture.folder.appendingPathComponent("event.toml")
    let good = try String(contentsOf: eventFile, encoding: .utf8)
    try (good + "\n[[topics\nbroken").write(to: eventFile, atomically: true, encoding: .utf8)
    usleep(1_500_000)
    #expect(session.screen().contains("For investors"), "a broken edit must not blank the wall")
    try good.replacingOccurrences(of: "title = \"For investors\"", with: "title = \"Meet investors\"")
      .write(to: eventFile, atomically: true, encoding: .utf8)
    #expect(session.wait(for: "Meet investors", timeout: 2) != nil, "the fixed file was not picked up:\n\(session.screen())")
  }
}
