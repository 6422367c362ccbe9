import Foundation
import Testing

@testable import EventState

@Suite struct PinWizardTests {
  @Test func enterAtTheDisplayOpensTheWizardAndPausesTheRotation() throws {
    var kiosk = try KioskDriver()
    let screen = kiosk.state.screen
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .name)
    kiosk.wait(50)
    #expect(kiosk.state.screen == screen, "the rotation is paused while a wizard is open")
    kiosk.press(.escape)
    #expect(kiosk.state.flow == nil)
    #expect(kiosk.state.pausedAt == nil)
    #expect(kiosk.state.screen == screen, "the rotation resumes where it paused")
  }

  @Test func theWholeWizardPinsACardAndConfirmsOnlyAfterTheCommit() throws {
    var kiosk = try KioskDriver()
    kiosk.pinCard(name: "Ada Lovelace", role: "Analyst at Engines Ltd", topic: 2, offer: "Maths", seek: "Funding", contact: "ada@engines.example", show: true, share: true)
    guard case .pinned(let topic, let code, let shown, let updated) = kiosk.confirmation else {
      Issue.record("no confirmation: \(String(describing: kiosk.state.flow))")
      return
    }
    #expect(topic == "For lawyers")
    #expect(shown && !updated)
    #expect(code.count == 4 && code.allSatisfy { PersonalCode.alphabet.contains($0) })
    let cards = try kiosk.store.snapshot(now: kiosk.now).cards
    #expect(cards.count == 1)
    let card = try #require(cards.first)
    #expect(card.name == "Ada Lovelace")
    #expect(card.title == "Analyst" && card.company == "Engines Ltd")
    #expect(card.topicID == "legal")
    #expect(card.offer == "Maths" && card.seek == "Funding")
    #expect(card.contact == "ada@engines.example" && card.shareContact && card.showCard)
    #expect(card.code == code)
  }

  @Test func theStepsComeInTheContractsOrder() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Ada")
    var steps = [kiosk.pin!.step]
    for _ in 0..<6 {
      kiosk.press(.enter)
      steps.append(kiosk.pin!.step)
    }
    #expect(steps == [.name, .role, .topic, .offer, .seek, .contact, .showCard])
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .summary, "without a contact the QR question is skipped")
  }

  @Test func consentDefaultsToNo() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Ada")
    for _ in 0..<5 { kiosk.press(.enter) }
    kiosk.type("ada@example.com")
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .showCard)
    #expect(kiosk.pin?.showCard == false)
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .shareContact)
    #expect(kiosk.pin?.shareContact == false)
    kiosk.press(.enter, .enter)
    let card = try #require(try kiosk.store.snapshot(now: kiosk.now).cards.first)
    #expect(!card.showCard && !card.shareContact)
    #expect(kiosk.confirmation == FlowConfirmation.pinned(topic: "For investors", code: card.code, shown: false, updated: false))
  }

  @Test func upAndShiftTabGoBackWithTheAnswerKept() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Ada")
    kiosk.press(.enter)
    kiosk.type("Analyst")
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .topic)
    kiosk.press(.backTab)
    #expect(kiosk.pin?.step == .role)
    #expect(kiosk.pin?.role.text == "Analyst")
    kiosk.press(.up)
    #expect(kiosk.pin?.step == .name)
    #expect(kiosk.pin?.name.text == "Ada")
    kiosk.press(.enter, .enter, .enter)
    kiosk.type("Maths")
    kiosk.press(.up)
    #expect(kiosk.pin?.step == .topic)
    kiosk.press(.enter)
    #expect(kiosk.pin?.offer.text == "Maths")
  }

  @Test func anEmptyNameIsRefused() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("   ")
    kiosk.press(.enter)
    #expect(kiosk.pin?.step == .name)
    #expect(kiosk.pin?.error == "Please type your name.")
  }

  @Test func typingShowsRosterMatchesAccentInsensitiveAndDownTakesOne() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("nun")
    #expect(NameSuggestions.matching(kiosk.pin!.name.text, in: kiosk.state.directory.people).map(\.name) == ["José Núñez"])
    kiosk.press(.down, .enter)
    let wizard = try #require(kiosk.pin)
    #expect(wizard.name.text == "José Núñez")
    #expect(wizard.role.text == "Founder at Agrovolt")
    #expect(wizard.offer.text == "Field data")
    #expect(wizard.contact.text == "jose@agrovolt.example", "shared in the roster, so prefilled")
    #expect(wizard.shareContact == false, "consent is still asked, default No")
  }

  @Test func aContactTheRosterDoesNotShareIsNotPrefilled() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Priya")
    kiosk.press(.down, .enter)
    #expect(kiosk.pin?.role.text == "Counsel at Raman & Cole")
    #expect(kiosk.pin?.contact.text == "")
  }

  @Test func peopleWhoDidNotConsentAreNeverSuggested() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Hidden")
    #expect(NameSuggestions.matching(kiosk.pin!.name.text, in: kiosk.state.directory.people).isEmpty)
    kiosk.press(.down, .enter)
    #expect(kiosk.pin?.role.text == "", "nothing of a non-consenting roster entry leaks into the wizard")
  }

  @Test func topicsArePickedByNumberOrArrows() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Ada")
    kiosk.press(.enter, .enter)
    kiosk.type("3")
    #expect(kiosk.pin?.topicIndex == 2)
    kiosk.type("9")
    #expect(kiosk.pin?.error == "Type a number from 1 to 3.")
    #expect(kiosk.pin?.topicIndex == 2)
    kiosk.press(.up)
    #expect(kiosk.pin?.topicIndex == 1)
    kiosk.press(.down, .down, .down)
    #expect(kiosk.pin?.topicIndex == 2)
  }

  @Test func malformedContactsAreExplained() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("Ada")
    for _ in 0..<5 { kiosk.press(.enter) }
    for bad in ["ada@", "12", "not a contact"] {
      while !(kiosk.pin?.contact.text.isEmpty ?? true) { kiosk.press(.backspace) }
      kiosk.type(bad)
      kiosk.press(.enter)
      #expect(kiosk.pin?.step == .contact, "\(bad) accepted")
      #expect(kiosk.pin?.error != nil)
    }
    for good in ["ada@engines.example", "+49 30 1234567", "https://ada.example/card"] {
      #expect(ContactValidation.problem(with: good) == nil, "\(good)")
    }
  }

  @Test func inputStopsAtTheFieldsLimitWithAMessage() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type(String(repeating: "a", count: PinWizard.nameLimit + 10))
    #expect(kiosk.pin?.name.text.count == PinWizard.nameLimit)
    #expect(kiosk.pin?.name.isFull == true)
    #expect(kiosk.pin?.error?.contains("\(PinWizard.nameLimit)") == true)
  }

  @Test func controlBidiAndZeroWidthCharactersNeverEnter() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.enter)
    kiosk.type("A\u{1B}[2Jd\u{202E}a\u{200B}\u{9B}")
    kiosk.press(.control("h"), .tab)
    #expect(kiosk.pin?.name.text == "A[2Jda")
  }

  @Test func wideAccentedAndRightToLeftNamesAreKept() throws {
    var kiosk = try KioskDriver()
    kiosk.pinCard(name: "陈静 ليلى Zoë")
    #expect(try kiosk.store.snapshot(now: kiosk.now).cards.first?.name == "陈静 ليلى Zoë")
  }

  @Test func pinningAgainToTheSameTopicOffersToUpdateTheExistingCard() throws {
    var kiosk = try KioskDriver()
    kiosk.pinCard(name: "Ada", topic: 1, offer: "Maths")
    let first = try #require(try kiosk.store.snapshot(now: kiosk.now).cards.first)
    kiosk.press(.escape)
    kiosk.pinCard(name: "ada", topic: 1, offer: "Engines")
    #expect(kiosk.pin?.step == .summary)
    #expect(kiosk.pin?.duplicate?.id == first.id)
    #expect(kiosk.pin?.error?.contains("press e") == true || kiosk.pin?.error?.contains("Press e") == true)
    kiosk.type("e")
    #expect(kiosk.confirmation == FlowConfirmation.pinned(topic: "For investors", code: first.code, shown: true, updated: true))
    let cards = try kiosk.store.snapshot(now: kiosk.now).cards
    #expect(cards.count == 1)
    #expect(cards.first?.offer == "Engines")
  }

  @Test func anotherTopicIsASecondCard() throws {
    var kiosk = try KioskDriver()
    kiosk.pinCard(name: "Ada", topic: 1)
    kiosk.press(.escape)
    kiosk.pinCard(name: "Ada", topic: 2)
    #expect(try kiosk.store.snapshot(now: kiosk.now).cards.count == 2)
  }

  @Test func aFailedWriteKeepsTheAnswersAndARetryUsesTheSameIds() throws {
    var kiosk = try KioskDriver()
    kiosk.failWrites = "disk full"
    kiosk.pinCard(name: "Ada", offer: "Maths")
    guard case .saving(let saving) = kiosk.state.flow else {
      Issue.record("not saving: \(String(describing: kiosk.state.flow))")
      return
    }
    #expect(saving.failure == "disk full")
    #expect(kiosk.confirmation == nil, "nothing is confirmed before a commit")
    kiosk.failWrites = nil
    kiosk.press(.enter)
    #expect(kiosk.written.count == 2)
    #expect(kiosk.written[0] == kiosk.written[1], "a retry repeats the same mutation")
    guard case .pinned = kiosk.confirmation else {
      Issue.record("retry did not confirm")
      return
    }
    #expect(try kiosk.store.snapshot(now: kiosk.now).cards.count == 1)
  }

  @Test func escapeAfterAFailureGoesBackToTheSummaryWithEverythingKept() throws {
    var kiosk = try KioskDriver()
    kiosk.failWrites = "locked"
    kiosk.pinCard(name: "Ada", offer: "Maths")
    kiosk.press(.escape)
    #expect(kiosk.pin?.step == .summary)
    #expect(kiosk.pin?.offer.text == "Maths")
  }

  @Test func anAbandonedWizardIsDiscardedAfterTheIdleTimeout() throws {
    var kiosk = try KioskDriver(idleTimeout: 60)
    kiosk.press(.enter)
    kiosk.type("Half typ")
    kiosk.wait(59)
    #expect(kiosk.pin?.name.text == "Half typ")
    kiosk.wait(1)
    #expect(kiosk.state.flow == nil)
    #expect(kiosk.state.pausedAt == nil)
    kiosk.press(.enter)
    #expect(kiosk.pin?.name.text == "", "nothing half-typed is shown to the next person")
  }

  @Test func theConfirmationClosesItselfAndOnAnyKey() throws {
    var kiosk = try KioskDriver()
    kiosk.pinCard(name: "Ada")
    #expect(kiosk.confirmation != nil)
    kiosk.wait(KioskReducer.confirmationSeconds)
    #expect(kiosk.state.flow == nil)
    kiosk.pinCard(name: "Bea")
    kiosk.press(.character("x"))
    #expect(kiosk.state.flow == nil)
  }

  @Test func personalCodesAreUnique() {
    var random = SplitMix64(seed: 1)
    var taken = Set<String>()
    for _ in 0..<500 { taken.insert(PersonalCode.make(using: &random, avoiding: taken)) }
    #expect(taken.count == 500)
    #expect(PersonalCode.normalize(" acde ") == "ACDE")
    #expect(PersonalCode.normalize("ABCD") == nil, "B is not in the alphabet")
  }

  @Test func roleTextSplitsIntoTitleAndCompany() {
    #expect(PinWizard.split(role: "Founder at Lagos Cleantech") == ("Founder", "Lagos Cleantech"))
    #expect(PinWizard.split(role: "Head of Data at Data at Scale") == ("Head of Data at Data", "Scale"))
    #expect(PinWizard.split(role: "Partner, Weiß & Kern") == ("Partner", "Weiß & Kern"))
    #expect(PinWizard.split(role: "Freelancer") == ("Freelancer", ""))
  }
}
