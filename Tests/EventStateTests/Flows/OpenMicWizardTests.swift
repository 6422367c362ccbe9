import Foundation
import Testing

@testable import EventState

@Suite struct OpenMicWizardTests {
  /// Joins with the exact keys: m, name, Enter, pitch, Enter, minutes, Enter, Enter.
  func join(_ kiosk: inout KioskDriver, name: String, pitch: String = "My pitch", minutes: String = "") {
    kiosk.press(.character("m"))
    kiosk.type(name)
    kiosk.press(.enter)
    kiosk.type(pitch)
    kiosk.press(.enter)
    kiosk.type(minutes)
    kiosk.press(.enter, .enter)
  }

  @Test func mJoinsTheQueueAndTellsThePositionAfterTheCommit() throws {
    var kiosk = try KioskDriver()
    join(&kiosk, name: "Sofia", pitch: "Beta testers wanted", minutes: "2")
    #expect(kiosk.confirmation == FlowConfirmation.queued(position: 1))
    kiosk.press(.escape)
    join(&kiosk, name: "Kwame")
    #expect(kiosk.confirmation == FlowConfirmation.queued(position: 2))
    let queue = try kiosk.store.snapshot(now: kiosk.now).waiting
    #expect(queue.map(\.name) == ["Sofia", "Kwame"])
    #expect(queue.map(\.minutes) == [2, 3], "3 minutes is the default")
    #expect(queue[0].pitch == "Beta testers wanted")
  }

  @Test func theSamePersonCannotQueueTwice() throws {
    var kiosk = try KioskDriver()
    join(&kiosk, name: "Sofia Marin")
    kiosk.press(.escape)
    join(&kiosk, name: "Kwame")
    kiosk.press(.escape)
    join(&kiosk, name: "sofia  marín")
    #expect(kiosk.confirmation == FlowConfirmation.alreadyQueued(position: 1))
    #expect(try kiosk.store.snapshot(now: kiosk.now).waiting.count == 2)
  }

  @Test func pitchesAreOneLineOfAtMost80Characters() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"))
    kiosk.type("Sofia")
    kiosk.press(.enter)
    kiosk.type(String(repeating: "x", count: 100))
    #expect(kiosk.openMic?.pitch.text.count == 80)
    #expect(kiosk.openMic?.error != nil)
  }

  @Test func emptyNameAndPitchAreRefused() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"), .enter)
    #expect(kiosk.openMic?.step == .name)
    #expect(kiosk.openMic?.error == "Please type your name.")
    kiosk.type("Sofia")
    kiosk.press(.enter, .enter)
    #expect(kiosk.openMic?.step == .pitch)
    #expect(kiosk.openMic?.error != nil)
  }

  @Test func minutesStayBetweenOneAndFive() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"))
    kiosk.type("Sofia")
    kiosk.press(.enter)
    kiosk.type("Pitch")
    kiosk.press(.enter)
    #expect(kiosk.openMic?.minutes == 3)
    kiosk.type("7")
    #expect(kiosk.openMic?.minutes == 3)
    #expect(kiosk.openMic?.error == "Choose 1 to 5 minutes.")
    kiosk.press(.right, .right, .right)
    #expect(kiosk.openMic?.minutes == 5)
    kiosk.press(.left, .left, .left, .left, .left)
    #expect(kiosk.openMic?.minutes == 1)
  }

  @Test func theNameIsPrefilledFromARosterOrCardMatch() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"))
    kiosk.type("jose")
    kiosk.press(.down, .enter)
    #expect(kiosk.openMic?.name.text == "José Núñez")
    #expect(kiosk.openMic?.step == .pitch)
  }

  @Test func upGoesBackAndEscapeCancels() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("m"))
    kiosk.type("Sofia")
    kiosk.press(.enter)
    kiosk.type("Pitch")
    kiosk.press(.enter, .up)
    #expect(kiosk.openMic?.step == .pitch)
    #expect(kiosk.openMic?.pitch.text == "Pitch")
    kiosk.press(.backTab)
    #expect(kiosk.openMic?.step == .name)
    kiosk.press(.escape)
    #expect(kiosk.state.flow == nil)
    #expect(try kiosk.store.snapshot(now: kiosk.now).queue.isEmpty)
  }

  @Test func anAbandonedSignUpIsDiscarded() throws {
    var kiosk = try KioskDriver(idleTimeout: 30)
    kiosk.press(.character("m"))
    kiosk.type("Sofia")
    kiosk.wait(30)
    #expect(kiosk.state.flow == nil)
  }
}
