import EventState
import KioskUI
import Testing

@Suite struct ManageCardViewTests {
  func rendered(_ manage: ManageCard, width: Int = 80, height: Int = 21) -> CellBuffer {
    render(ManageCardView(manage: manage, topics: Demo.topics), width: width, height: height)
  }

  func typed(_ code: String) -> ManageCard {
    var manage = ManageCard()
    manage.code = TextInput(code, limit: PersonalCode.length)
    return manage
  }

  @Test func theCodeIsTypedIntoFourSlotsInCapitals() {
    #expect(ManageCardView(manage: ManageCard(), topics: Demo.topics).slots == "_ _ _ _")
    #expect(ManageCardView(manage: typed("ac"), topics: Demo.topics).slots == "A C _ _")
    let plain = rendered(typed("ac"), width: 38, height: 8)
    #expect(plain.text.contains("A C _ _"), "\(plain.text)")
    #expect(plain.shows("Your personal code"))
    let roomy = rendered(typed("ac"), width: 100, height: 40)
    #expect(roomy.showsInBlockLetters("A"), "\(roomy.text)")
    #expect(roomy.text.contains("Edit or remove your card"))
  }

  @Test func aWrongCodeOrTheRateLimitIsShownAsAWarning() {
    for message in ["No card has that code. Check the 4 letters you were given.", "Too many wrong codes. Try again in 42 s."] {
      var manage = ManageCard()
      manage.error = message
      let buffer = rendered(manage)
      let row = buffer.row(containing: String(message.prefix(20)))
      #expect(row.map { buffer.role(of: String(message.prefix(20)), onRow: $0) } == .warning, "\(buffer.text)")
    }
  }

  @Test func theCardIsShownLargeWithEditAndDelete() {
    var manage = ManageCard()
    manage.stage = .card(Flows.privateContact)
    let buffer = rendered(manage, width: 80, height: 21)
    #expect(buffer.shows("Maya Sorensen"))
    #expect(buffer.text.contains("Illustrator · Inkwell"))
    #expect(buffer.text.contains("Design"))
    #expect(buffer.text.contains("e edit · d delete"))
    #expect(buffer.text.contains("Shown on the screens: Yes"))
    #expect(buffer.text.contains("Contact shared as QR code: No"))
    #expect(!buffer.text.contains("secret"), "a contact that is not shared stays off the screen")
  }

  @Test func aHiddenCardSaysItIsNotShown() {
    var card = Flows.privateContact
    card.hidden = true
    var manage = ManageCard()
    manage.stage = .card(card)
    #expect(rendered(manage).text.contains("Shown on the screens: No (hidden by the organisers)"))
  }

  @Test func deletingAsksFirst() {
    var manage = ManageCard()
    manage.stage = .confirmDelete(Flows.privateContact)
    for (width, height) in [(80, 21), (38, 12)] {
      let buffer = rendered(manage, width: width, height: height)
      #expect(buffer.shows("Delete your card?"), "\(buffer.text)")
      #expect(buffer.text.contains("Your name and details are removed from"))
      #expect(buffer.text.contains("y / n"))
      #expect(buffer.text.contains("Maya Sorensen · Design"))
    }
    #expect(rendered(manage).text.contains("Your name and details are removed from the event."))
  }
}
