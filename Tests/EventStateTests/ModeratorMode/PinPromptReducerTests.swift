import Foundation
import Testing

@testable import EventState

@Suite("Reducer: the moderator PIN prompt")
struct PinPromptReducerTests {
  @Test("F12 opens the prompt; the right PIN unlocks and is audited")
  func unlock() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.function(12))
    #expect(kiosk.prompt == PinPrompt())
    kiosk.type("24x68")
    #expect(kiosk.prompt?.digits == "2468", "only digits are taken")
    kiosk.press(.enter)
    #expect(kiosk.panel == ModeratorPanel())
    #expect(try kiosk.auditActions() == ["unlock"])
  }

  @Test("a wrong PIN says so, counts in the store and clears the field")
  func wrong() throws {
    var kiosk = try KioskDriver()
    kiosk.unlock(with: "1111")
    #expect(kiosk.prompt == PinPrompt(message: .wrong(attemptsLeft: 4)))
    #expect(kiosk.state.live.lockout.failures == 1)
    #expect(try kiosk.auditActions() == ["wrong PIN"])
    kiosk.press(.backspace, .enter)
    #expect(kiosk.state.live.lockout.failures == 1, "Enter on an empty field tries nothing")
  }

  @Test("five wrong PINs lock the prompt for 60 s, even for the right PIN; then it opens again")
  func lockout() throws {
    var kiosk = try KioskDriver()
    for _ in 0..<5 { kiosk.unlock(with: "1111") }
    #expect(kiosk.state.live.lockout.isLocked(at: kiosk.now))
    kiosk.unlock(with: KioskDriver.pin)
    #expect(kiosk.panel == nil)
    #expect(kiosk.prompt?.digits == "", "digits are not even taken while locked")
    #expect(kiosk.state.live.lockout.failures == 5)
    kiosk.wait(60)
    kiosk.press(.escape)
    kiosk.unlock(with: KioskDriver.pin)
    #expect(kiosk.panel != nil)
    #expect(kiosk.state.live.lockout == PinLockout())
  }

  @Test("a burst of wrong PINs typed in one go locks before the right PIN that follows it")
  func burst() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.function(12))
    kiosk.burst(String(repeating: "1111\r", count: 8) + "\(KioskDriver.pin)\r")
    #expect(kiosk.panel == nil)
    #expect(kiosk.state.live.lockout.isLocked(at: kiosk.now))
    #expect(try kiosk.auditActions() == Array(repeating: "wrong PIN", count: 5))
  }

  @Test("the PIN meets the lockout another process just caused, not the one this kiosk last saw; the refusal is audited")
  func lockedElsewhere() throws {
    var kiosk = try KioskDriver()
    let console = try EventStore(url: kiosk.store.url)
    for _ in 0..<5 { _ = try PinCheck.check("0000", against: KioskDriver.pinHash, in: console, at: kiosk.now, actor: "console") }
    #expect(!kiosk.state.live.lockout.isLocked(at: kiosk.now), "this kiosk has not polled the store yet")
    kiosk.press(.function(12))
    kiosk.burst("\(KioskDriver.pin)\r")
    #expect(kiosk.panel == nil)
    #expect(kiosk.state.live.lockout.isLocked(at: kiosk.now), "the check brought the store's lockout")
    #expect(try kiosk.auditActions().last == "PIN refused")
  }

  @Test("a wrong PIN's warning goes once the count is cleared elsewhere (mingle set-pin)")
  func clearedElsewhere() throws {
    var kiosk = try KioskDriver()
    for _ in 0..<4 { kiosk.unlock(with: "1111") }
    #expect(kiosk.prompt?.message == .wrong(attemptsLeft: 1))
    try kiosk.store.clearPinLockout(actor: "mingle set-pin")
    kiosk.send(.storeChanged(try kiosk.store.snapshot(now: kiosk.now)))
    #expect(kiosk.prompt == PinPrompt())
  }

  @Test("a PIN that cannot be checked (the store fails) says why and unlocks nothing")
  func notChecked() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.function(12))
    kiosk.send(.pinCheckFailed(reason: "the disk is full"))
    #expect(kiosk.prompt == PinPrompt(message: .notChecked(reason: "the disk is full")))
    #expect(kiosk.panel == nil)
  }

  @Test("the lockout survives a restart: a new kiosk on the same store is locked too")
  func lockoutAcrossRestarts() throws {
    var first = try KioskDriver()
    for _ in 0..<5 { first.unlock(with: "0000") }
    var second = try KioskDriver(store: first.store)
    second.now = first.now
    second.unlock(with: KioskDriver.pin)
    #expect(second.panel == nil)
    #expect(second.state.live.lockout.isLocked(at: second.now))
  }

  @Test("without a PIN in event.toml the prompt says how to set one")
  func noPIN() throws {
    var kiosk = try KioskDriver()
    kiosk.state.event.moderatorPIN = nil
    kiosk.unlock()
    #expect(kiosk.prompt?.message == .noPIN)
  }

  @Test("attendee keys typed at the prompt never reach a flow or the rotation")
  func attendeeKeysStayOut() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.function(12))
    let screen = kiosk.state.currentStep
    kiosk.press(.character("m"), .character("f"), .character("r"), .right, .enter)
    #expect(kiosk.state.flow == nil)
    #expect(kiosk.state.currentStep == screen)
    #expect(kiosk.written.isEmpty)
  }

  @Test("Esc leaves the prompt at a kiosk; an unfinished prompt closes by itself")
  func leave() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.function(12), .escape)
    #expect(kiosk.state.moderator == nil)
    kiosk.press(.function(12))
    kiosk.type("12")
    kiosk.wait(ModeratorSession.idleLockSeconds)
    #expect(kiosk.state.moderator == nil)
  }

  @Test("F12 during an attendee's flow discards it; not while their write is on its way")
  func f12DuringFlow() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"))
    kiosk.press(.function(12))
    #expect(kiosk.state.flow == nil && kiosk.prompt != nil)
    kiosk.press(.escape)
    kiosk.failWrites = "disk full"
    kiosk.press(.character("m"))
    kiosk.type("Ada")
    kiosk.press(.enter)
    kiosk.type("A pitch")
    kiosk.press(.enter, .enter, .enter)
    guard case .saving = kiosk.state.flow else {
      Issue.record("expected a failed save, got \(String(describing: kiosk.state.flow))")
      return
    }
    kiosk.press(.function(12))
    #expect(kiosk.state.moderator == nil)
  }
}
