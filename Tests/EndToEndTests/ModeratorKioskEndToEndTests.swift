import EventState
import Foundation
import Testing

/// A moderator at the kiosk keyboard (F12, the PIN, the moderator's keys) against the built binary in
/// tmux, with other displays of the same event watching.
@Suite(.serialized) struct ModeratorKioskEndToEndTests {
  /// Joins the open mic at `kiosk` with the attendee keys, and closes the confirmation.
  func join(_ kiosk: TmuxSession, name: String, pitch: String) throws {
    try kiosk.send(keys: "m")
    #expect(kiosk.wait(for: "Join the open mic · step 1 of 4") != nil, "\(kiosk.screen())")
    try kiosk.type(name)
    try kiosk.send(keys: "Enter")
    try kiosk.type(pitch)
    try kiosk.send(keys: "Enter", "Enter", "Enter")
    #expect(kiosk.wait(for: "Your place") != nil, "\(kiosk.screen())")
    try kiosk.send(keys: "Escape")
    #expect(kiosk.wait { !$0.contains("Your place") } != nil, "\(kiosk.screen())")
  }

  /// F12 and `pin` at `kiosk`.
  func unlock(_ kiosk: TmuxSession, pin: String = DemoEvent.pin) throws {
    try kiosk.send(keys: "F12")
    #expect(kiosk.wait(for: "PIN") != nil, "no PIN prompt:\n\(kiosk.screen())")
    try kiosk.type(pin)
    try kiosk.send(keys: "Enter")
  }

  @Test func nextAtTheKioskPutsNowSpeakingOnAnotherDisplayWithinASecond() throws {
    let event = try ModeratedEvent()
    let display = try TmuxSession([MingleBinary.path, "run", event.path, "--screens", "tips"], columns: 120, rows: 40)
    let kiosk = try TmuxSession([MingleBinary.path, "run", event.path], columns: 100, rows: 30)
    #expect(display.wait(for: ScreenTitles.tips) != nil, "\(display.screen())")
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try join(kiosk, name: "Olu Adebayo", pitch: "Solar kiosks for markets")
    try join(kiosk, name: "Mei Chen", pitch: "Pitch decks that work")
    try unlock(kiosk)
    #expect(kiosk.wait(for: "Mei Chen") != nil, "the moderator's queue lists who waits:\n\(kiosk.screen())")
    try kiosk.send(keys: "n")
    #expect(kiosk.wait(for: "Olu Adebayo is live") != nil, "\(kiosk.screen())")
    let seen = display.wait(timeout: 1.0) { $0.contains("Now speaking") && BlockLetters.show("Olu Adebayo", on: $0) }
    #expect(seen != nil, "the other display did not show the live speaker within 1 s:\n\(display.screen())")
    #expect(try event.store().snapshot(now: Date()).liveSpeaker?.name == "Olu Adebayo")
    #expect(try event.audited("next").count == 1)
  }

  @Test func fiveWrongPINsLockThePromptAndTheRightOneWaits() throws {
    let event = try ModeratedEvent()
    let kiosk = try TmuxSession([MingleBinary.path, "run", event.path], columns: 100, rows: 30)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try kiosk.send(keys: "F12")
    #expect(kiosk.wait(for: "PIN") != nil)
    for attempt in 1...5 {
      try kiosk.type("1357")
      try kiosk.send(keys: "Enter")
      let answer = attempt < 5 ? "Wrong PIN" : "Locked"
      #expect(kiosk.wait(for: answer) != nil, "attempt \(attempt):\n\(kiosk.screen())")
    }
    try kiosk.type(DemoEvent.pin)
    try kiosk.send(keys: "Enter")
    #expect(kiosk.wait(timeout: 1) { !$0.contains("Locked") } == nil, "the right PIN is refused while locked:\n\(kiosk.screen())")
    #expect(try event.store().pinLockout().isLocked(at: Date()))
    #expect(try event.audited("wrong PIN").count == 5)
    #expect(try event.audited("unlock").isEmpty)
  }

  /// A paste or a keystroke injector delivers many PINs in one read: each is checked against the
  /// lockout the ones before it caused.
  @Test func aBurstOfPINsTypedInOneGoCannotGetPastTheLockout() throws {
    let event = try ModeratedEvent()
    let kiosk = try TmuxSession([MingleBinary.path, "run", event.path], columns: 100, rows: 30)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try kiosk.send(keys: "F12")
    #expect(kiosk.wait(for: "PIN") != nil)
    try kiosk.type(String(repeating: "1357\r", count: 8) + DemoEvent.pin + "\r")
    #expect(kiosk.wait(for: "Locked") != nil, "\(kiosk.screen())")
    #expect(kiosk.wait(timeout: 1) { !$0.contains("Locked") } == nil, "the right PIN in the burst is refused:\n\(kiosk.screen())")
    #expect(try event.audited("wrong PIN").count == 5)
    #expect(try event.audited("unlock").isEmpty)
  }

  @Test func attendeeKeysNeverReachModeratorActions() throws {
    let event = try ModeratedEvent()
    let kiosk = try TmuxSession([MingleBinary.path, "run", event.path], columns: 100, rows: 30)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    try join(kiosk, name: "Olu Adebayo", pitch: "Solar kiosks for markets")
    for key in ["n", "x", "p", "g", "a", "w", "Q", "y", "+", "Space", "[", "]", "Escape", "C-c", "C-z", "C-\\"] {
      try kiosk.send(keys: key)
    }
    try kiosk.send(keys: "Escape")
    #expect(kiosk.wait(for: "Climate Tech") != nil, "the kiosk keeps running:\n\(kiosk.screen())")
    let live = try event.store().snapshot(now: Date())
    #expect(live.liveSpeaker == nil)
    #expect(live.waiting.map(\.name) == ["Olu Adebayo"])
    #expect(!live.control.rotationPaused)
    #expect(try event.store().auditLog(limit: nil).map(\.action) == ["enqueue"])
  }

  @Test func aBrokenEditShowsADiscreetWarningToTheModeratorOnly() throws {
    let event = try ModeratedEvent()
    let kiosk = try TmuxSession([MingleBinary.path, "run", event.path], columns: 120, rows: 40)
    #expect(kiosk.wait(for: "Climate Tech") != nil)
    let file = event.folder.appendingPathComponent("event.toml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "idle_timeout = 60", with: "idle_timeout = \"soon\"").write(to: file, atomically: true, encoding: .utf8)
    #expect(kiosk.wait(timeout: 3) { $0.contains("idle_timeout") } == nil, "the public screen shows nothing of it:\n\(kiosk.screen())")
    try unlock(kiosk)
    #expect(kiosk.wait(for: "last good version kept") != nil, "the moderator sees the rejected edit:\n\(kiosk.screen())")
    #expect(kiosk.screen().contains("event.toml:"), "with the file and line:\n\(kiosk.screen())")
  }
}
