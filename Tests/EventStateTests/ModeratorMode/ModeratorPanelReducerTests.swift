import Foundation
import Testing

@testable import EventState

@Suite("Reducer: every moderator key")
struct ModeratorPanelReducerTests {
  /// An unlocked kiosk with Ada, Ben and Cleo waiting.
  func unlockedWithQueue() throws -> KioskDriver {
    var kiosk = try KioskDriver()
    try kiosk.queue("Ada", "Ben", "Cleo")
    kiosk.unlock()
    return kiosk
  }

  @Test("n: the first waiting goes live; again: they finish and the next goes live")
  func next() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("n"))
    #expect(kiosk.state.live.liveSpeaker?.name == "Ada")
    #expect(kiosk.panel?.notice == "Ada is live")
    kiosk.press(.character("n"))
    #expect(kiosk.state.live.liveSpeaker?.name == "Ben")
    #expect(kiosk.state.live.finished.map(\.name) == ["Ada"])
    guard case .advanceQueue(let expected, _, _) = kiosk.written.last?.change else {
      Issue.record("n must ask for a compare-and-set advance")
      return
    }
    #expect(expected == "id-Ada")
  }

  @Test("n pressed on a stale screen does not skip anyone")
  func staleNext() throws {
    var kiosk = try unlockedWithQueue()
    try kiosk.store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: kiosk.now, actor: "console")
    kiosk.press(.character("n"))
    #expect(kiosk.state.live.liveSpeaker?.name == "Ada", "another moderator advanced first: this n changes nothing")
  }

  @Test("Up/Down select, [ and ] move the selected entry, x removes it")
  func arrange() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.down, .down, .down)
    #expect(kiosk.panel?.selection == 2)
    kiosk.press(.character("["))
    #expect(kiosk.state.live.waiting.map(\.name) == ["Ada", "Cleo", "Ben"])
    #expect(kiosk.panel?.selection == 1, "the selection follows the moved entry")
    kiosk.press(.character("]"))
    #expect(kiosk.state.live.waiting.map(\.name) == ["Ada", "Ben", "Cleo"])
    kiosk.press(.up, .up, .up, .character("x"))
    #expect(kiosk.state.live.waiting.map(\.name) == ["Ben", "Cleo"])
    #expect(kiosk.panel?.notice == "Removed Ada")
  }

  @Test("+ and - give the live speaker a minute more or less; Space pauses and resumes the timer")
  func timer() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("+"), .character(" "))
    #expect(kiosk.panel?.notice == "Nobody is live")
    kiosk.press(.character("n"), .character("+"), .character("="))
    #expect(kiosk.state.live.liveSpeaker?.slotSeconds == 300)
    kiosk.press(.character("-"))
    #expect(kiosk.state.live.liveSpeaker?.slotSeconds == 240)
    kiosk.press(.character(" "))
    #expect(kiosk.state.live.liveSpeaker?.isTimerPaused == true)
    kiosk.wait(30)
    kiosk.press(.character(" "))
    let ada = try #require(kiosk.state.live.liveSpeaker)
    #expect(!ada.isTimerPaused && ada.pausedSeconds == 31)
  }

  @Test("a: an announcement with its minutes goes up on every display")
  func announce() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("a"))
    kiosk.press(.enter)
    guard case .announce(let empty)? = kiosk.panel?.mode else {
      Issue.record("a opens the announcement form")
      return
    }
    #expect(empty.step == .text, "an empty text goes nowhere")
    kiosk.type("Pizza is here")
    kiosk.press(.enter)
    kiosk.type("12")
    kiosk.press(.enter)
    let banner = try #require(kiosk.state.live.announcements.first)
    #expect(banner.text == "Pizza is here")
    #expect(banner.expiresAt.timeIntervalSince(banner.createdAt) == 12 * 60)
    #expect(kiosk.panel?.mode == .queue)
  }

  @Test("the announcement's minutes: Up/Down, and Esc goes back a step")
  func announceMinutes() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("a"))
    kiosk.type("Doors close soon")
    kiosk.press(.enter, .up, .up, .down)
    guard case .announce(let form)? = kiosk.panel?.mode else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.minutes == AnnouncementForm.defaultMinutes + 1 && form.step == .minutes)
    kiosk.press(.escape, .escape)
    #expect(kiosk.panel?.mode == .queue)
    #expect(kiosk.state.live.announcements.isEmpty)
  }

  @Test("w: browse the cards, h hides and shows, d then y deletes, another key cancels")
  func wall() throws {
    var kiosk = try unlockedWithQueue()
    for name in ["Ada", "Ben"] {
      try kiosk.store.pin(
        PinnedCard(id: "card-\(name)", topicID: "investors", name: name, showCard: true, pinnedAt: kiosk.now), actor: "t")
    }
    kiosk.send(.storeChanged(try kiosk.store.snapshot(now: kiosk.now)))
    kiosk.press(.character("w"), .character("h"))
    #expect(kiosk.state.live.cards.first { $0.name == "Ada" }?.hidden == true)
    #expect(!kiosk.state.directory.people.contains { $0.name == "Ada" })
    kiosk.press(.character("h"))
    #expect(kiosk.state.live.cards.first { $0.name == "Ada" }?.hidden == false)
    kiosk.press(.down, .character("d"), .character("n"))
    #expect(kiosk.state.live.cards.count == 2)
    kiosk.press(.character("d"), .character("y"))
    #expect(kiosk.state.live.cards.map(\.name) == ["Ada"])
    kiosk.press(.escape)
    #expect(kiosk.panel?.mode == .queue)
    #expect(try kiosk.auditActions().suffix(3) == ["hide", "unhide", "delete"])
  }

  @Test("p pauses the rotation on every display and resumes it")
  func pauseRotation() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("p"))
    #expect(kiosk.state.live.control.rotationPaused)
    var display = try KioskDriver(store: kiosk.store)
    display.now = kiosk.now
    display.send(.storeChanged(try kiosk.store.snapshot(now: kiosk.now)))
    let step = display.state.currentStep
    display.wait(600)
    #expect(display.state.currentStep == step, "a display of the same event holds its screen")
    kiosk.press(.character("p"))
    #expect(!kiosk.state.live.control.rotationPaused)
  }

  @Test("g: go to a screen on every display")
  func goTo() throws {
    var kiosk = try unlockedWithQueue()
    var display = try KioskDriver(store: kiosk.store)
    display.now = kiosk.now
    kiosk.press(.character("g"), .down, .down, .down, .enter)
    #expect(kiosk.panel?.mode == .queue)
    display.send(.storeChanged(try kiosk.store.snapshot(now: kiosk.now)))
    #expect(display.state.screen == .openmic)
    display.press(.left)
    display.send(.storeChanged(try kiosk.store.snapshot(now: kiosk.now)))
    #expect(display.state.screen != .openmic, "a request is followed once")
  }

  @Test("l: the audit log, read from the store and scrolled")
  func log() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("n"), .character("l"))
    #expect(kiosk.state.auditLog.map(\.action).suffix(2) == ["unlock", "next"])
    kiosk.press(.up)
    #expect(kiosk.panel?.mode == .log(offset: 1))
    kiosk.press(.escape)
    #expect(kiosk.panel?.mode == .queue)
  }

  @Test("Q asks first: n keeps the kiosk running, y quits and is audited")
  func quit() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.character("Q"), .character("n"))
    #expect(!kiosk.quit && kiosk.panel?.mode == .queue)
    kiosk.press(.character("Q"), .character("y"))
    #expect(kiosk.quit)
    #expect(try kiosk.auditActions().last == "quit")
  }

  @Test("Esc locks, and so do two minutes without a key; both are audited")
  func locking() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.press(.escape)
    #expect(kiosk.state.moderator == nil)
    kiosk.unlock()
    kiosk.wait(ModeratorSession.idleLockSeconds - 1)
    #expect(kiosk.panel != nil)
    kiosk.wait(1)
    #expect(kiosk.state.moderator == nil)
    #expect(try kiosk.store.auditLog(limit: nil).filter { $0.action == "lock" }.map(\.detail) == ["Esc", "no key for 2 minutes"])
  }

  @Test("moderator keys do nothing before the PIN")
  func lockedKeys() throws {
    var kiosk = try KioskDriver()
    try kiosk.queue("Ada", "Ben")
    kiosk.press(.character("n"), .character("x"), .character("p"), .character("Q"), .character("y"), .character("+"), .character(" "))
    kiosk.press(.escape)
    #expect(kiosk.state.live.liveSpeaker == nil)
    #expect(kiosk.state.live.waiting.count == 2)
    #expect(!kiosk.state.live.control.rotationPaused)
    #expect(!kiosk.quit)
    #expect(!kiosk.written.contains { if case .enqueue = $0.change { false } else { true } })
  }

  @Test("a failed moderator write shows its reason in the panel")
  func failure() throws {
    var kiosk = try unlockedWithQueue()
    kiosk.failWrites = "Could not save: disk full"
    kiosk.press(.character("n"))
    #expect(kiosk.panel?.notice == "Could not save: disk full")
  }

  @Test("a rejected edit of the event folder is kept for the moderator until a clean reload")
  func folderWarnings() throws {
    var kiosk = try KioskDriver()
    kiosk.send(.eventRejected(problems: ["event.toml:3: `idle_timeout` must be a whole number"]))
    #expect(kiosk.state.folderWarnings == ["event.toml:3: `idle_timeout` must be a whole number"])
    kiosk.send(.eventReloaded(kiosk.state.event, roster: kiosk.state.roster, rotation: EventConfig.defaultRotation))
    #expect(kiosk.state.folderWarnings.isEmpty)
  }
}
