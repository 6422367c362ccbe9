import Foundation
import Testing

@testable import EventState

@Suite("Reducer: the live board and the rotation")
struct LiveBoardRotationTests {
  @Test("a live speaker takes over the display and holds the rotation; it goes on afterwards")
  func takeover() throws {
    var display = try KioskDriver()
    try display.queue("Ada")
    display.wait(5)
    let step = display.state.currentStep
    try display.store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: display.now, actor: "t")
    display.send(.storeChanged(try display.store.snapshot(now: display.now)))
    #expect(display.state.showsLiveBoard)
    display.wait(600)
    #expect(display.state.currentStep == step)
    try display.store.advanceQueue(expectingLive: "id-Ada", settings: OpenMicSettings(), at: display.now, actor: "t")
    display.send(.storeChanged(try display.store.snapshot(now: display.now)))
    #expect(!display.state.showsLiveBoard)
    #expect(display.state.currentStep == step, "the rotation goes on where it stopped")
    display.wait(Double(EventConfig.defaultRotation[step].seconds))
    #expect(display.state.currentStep != step)
  }

  @Test("with board = strip the rotation goes on while someone speaks")
  func strip() throws {
    var display = try KioskDriver(openMic: OpenMicSettings(board: .strip))
    try display.queue("Ada")
    try display.store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: display.now, actor: "t")
    display.send(.storeChanged(try display.store.snapshot(now: display.now)))
    #expect(!display.state.showsLiveBoard)
    let step = display.state.currentStep
    display.wait(Double(EventConfig.defaultRotation[step].seconds))
    #expect(display.state.currentStep != step)
  }

  @Test("the board gives way to an attendee typing at this kiosk")
  func attendeeFirst() throws {
    var display = try KioskDriver()
    try display.queue("Ada")
    try display.store.advanceQueue(expectingLive: nil, settings: OpenMicSettings(), at: display.now, actor: "t")
    display.send(.storeChanged(try display.store.snapshot(now: display.now)))
    display.press(.character("f"))
    #expect(!display.state.showsLiveBoard)
    display.press(.escape)
    #expect(display.state.showsLiveBoard)
  }
}
