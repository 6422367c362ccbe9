import Foundation
import Testing

@testable import EventState

@Suite("Reducer: the moderator's console (mingle moderate)")
struct ModeratorConsoleReducerTests {
  @Test("it starts at the prompt, Esc keeps it there, locking comes back to it, Ctrl-C quits")
  func console() throws {
    var console = try KioskDriver(moderatorConsole: true)
    #expect(console.prompt == PinPrompt())
    console.press(.escape)
    #expect(console.prompt == PinPrompt())
    console.unlock()
    #expect(console.panel != nil)
    console.press(.escape)
    #expect(console.prompt == PinPrompt())
    console.unlock()
    console.wait(ModeratorSession.idleLockSeconds)
    #expect(console.prompt == PinPrompt())
    console.press(.control("c"))
    #expect(console.quit)
  }

  @Test("Ctrl-C at an unlocked console locks it in the audit log as it quits")
  func quitUnlocked() throws {
    var console = try KioskDriver(moderatorConsole: true)
    console.unlock()
    console.press(.control("c"))
    #expect(console.quit)
    let last = try #require(try console.store.auditLog(limit: 1).first)
    #expect(last.action == "lock" && last.detail == "quit with Ctrl-C")
  }

  @Test("Ctrl-C never quits a public kiosk, in moderator mode or not")
  func kioskKeepsRunning() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.control("c"))
    kiosk.unlock()
    kiosk.press(.control("c"))
    #expect(!kiosk.quit)
  }
}
