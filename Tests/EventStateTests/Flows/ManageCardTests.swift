import Foundation
import Testing

@testable import EventState

@Suite struct ManageCardTests {
  /// Pins a card for Ada and returns its code.
  func pinAda(_ kiosk: inout KioskDriver) throws -> String {
    kiosk.pinCard(name: "Ada", offer: "Maths", contact: "ada@example.com", share: true)
    guard case .pinned(_, let code, _, _) = kiosk.confirmation else { throw Failure.notPinned }
    kiosk.press(.escape)
    return code
  }

  enum Failure: Error { case notPinned }

  @Test func theCodeOpensTheCard() throws {
    var kiosk = try KioskDriver()
    let code = try pinAda(&kiosk)
    kiosk.press(.character("r"))
    kiosk.type(code.lowercased())
    kiosk.press(.enter)
    guard case .card(let card) = kiosk.manage?.stage else {
      Issue.record("card not opened: \(String(describing: kiosk.state.flow))")
      return
    }
    #expect(card.name == "Ada")
  }

  /// "ß" has the two-letter capital "SS": typing it used to stop the kiosk (the monkey suite found it).
  @Test(arguments: ["ß", "ŉ", "ﬁ", "é"])
  func lettersWithoutAOneLetterCapitalAreNotTypedIntoTheCode(letter: String) throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("r"))
    kiosk.type("a" + letter + "c")
    let expected = letter == "é" ? "AÉC" : "AC"
    #expect(kiosk.manage?.code.text == expected)
  }

  @Test func eEditsTheCardInThePrefilledWizardKeepingItsCode() throws {
    var kiosk = try KioskDriver()
    let code = try pinAda(&kiosk)
    kiosk.press(.character("r"))
    kiosk.type(code)
    kiosk.press(.enter)
    kiosk.type("e")
    #expect(kiosk.pin?.name.text == "Ada")
    #expect(kiosk.pin?.offer.text == "Maths")
    #expect(kiosk.pin?.showCard == true)
    kiosk.press(.enter, .enter, .enter)
    for _ in 0..<5 { kiosk.press(.backspace) }
    kiosk.type("Engines")
    kiosk.press(.enter, .enter, .enter, .enter, .enter, .enter)
    #expect(kiosk.confirmation == FlowConfirmation.pinned(topic: "For investors", code: code, shown: true, updated: true))
    let cards = try kiosk.store.snapshot(now: kiosk.now).cards
    #expect(cards.count == 1)
    #expect(cards.first?.offer == "Engines")
  }

  @Test func dDeletesAfterAConfirmationAndThePersonalDataIsGone() throws {
    var kiosk = try KioskDriver()
    let code = try pinAda(&kiosk)
    kiosk.press(.character("r"))
    kiosk.type(code)
    kiosk.press(.enter)
    kiosk.type("d")
    guard case .confirmDelete = kiosk.manage?.stage else {
      Issue.record("no confirmation asked")
      return
    }
    kiosk.type("n")
    #expect(try kiosk.store.snapshot(now: kiosk.now).cards.count == 1, "n keeps the card")
    kiosk.type("d")
    kiosk.type("y")
    #expect(kiosk.confirmation == FlowConfirmation.deleted)
    #expect(try kiosk.store.snapshot(now: kiosk.now).cards.isEmpty)
    #expect(kiosk.state.directory.people.allSatisfy { $0.name != "Ada" })
  }

  @Test func wrongCodesAreRateLimited() throws {
    var kiosk = try KioskDriver(idleTimeout: 300)
    let code = try pinAda(&kiosk)
    kiosk.press(.character("r"))
    for _ in 0..<CodeAttempts.allowed {
      kiosk.type("XXXX")
      kiosk.press(.enter)
      #expect(kiosk.manage?.error?.hasPrefix("No card has that code") == true)
    }
    kiosk.type(code)
    kiosk.press(.enter)
    #expect(kiosk.manage?.stage == .code, "even the right code is refused while locked")
    #expect(kiosk.manage?.error?.hasPrefix("Too many wrong codes") == true)
    kiosk.wait(CodeAttempts.window)
    kiosk.type(code)
    kiosk.press(.enter)
    guard case .card = kiosk.manage?.stage else {
      Issue.record("the right code works again once the minute has passed: \(String(describing: kiosk.manage))")
      return
    }
  }

  @Test func escapeGoesBackOneStep() throws {
    var kiosk = try KioskDriver()
    let code = try pinAda(&kiosk)
    kiosk.press(.character("r"))
    kiosk.type(code)
    kiosk.press(.enter)
    kiosk.type("d")
    kiosk.press(.escape)
    guard case .card = kiosk.manage?.stage else {
      Issue.record("Esc from the delete question goes back to the card")
      return
    }
    kiosk.press(.escape)
    #expect(kiosk.manage?.stage == .code)
    kiosk.press(.escape)
    #expect(kiosk.state.flow == nil)
  }
}
