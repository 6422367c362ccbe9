import Foundation
import Testing

@testable import EventState

@Suite struct FindPeopleTests {
  @Test func resultsUpdateAsYouTypeAcrossEveryField() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("f"))
    let people = { FindPeople.results(kiosk.find!.query.text, in: kiosk.state.directory.people).map(\.name) }
    kiosk.type("agro")
    #expect(people() == ["José Núñez"], "company")
    for _ in 0..<4 { kiosk.press(.backspace) }
    kiosk.type("lawyers")
    #expect(people() == ["Priya Raman"], "topic")
    for _ in 0..<7 { kiosk.press(.backspace) }
    kiosk.type("seed")
    #expect(people() == ["José Núñez"], "seek")
    for _ in 0..<4 { kiosk.press(.backspace) }
    kiosk.type("NUNEZ")
    #expect(people() == ["José Núñez"], "name, without case or accents")
  }

  @Test func peopleWhoMayNotBeShownCannotBeFound() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("f"))
    kiosk.type("Hidden")
    #expect(FindPeople.results(kiosk.find!.query.text, in: kiosk.state.directory.people).isEmpty)
    kiosk.press(.escape)
    kiosk.pinCard(name: "Private Pinner", show: false)
    kiosk.press(.escape, .character("f"))
    kiosk.type("Pinner")
    #expect(FindPeople.results(kiosk.find!.query.text, in: kiosk.state.directory.people).isEmpty)
  }

  @Test func enterOpensTheChosenCardAndEscapeGoesBackOneStep() throws {
    var kiosk = try KioskDriver()
    kiosk.press(.character("f"))
    kiosk.type("a")
    let results = FindPeople.results(kiosk.find!.query.text, in: kiosk.state.directory.people)
    #expect(results.count == 2)
    kiosk.press(.down, .enter)
    #expect(kiosk.find?.opened == results[1].id)
    kiosk.press(.escape)
    #expect(kiosk.find?.opened == nil)
    #expect(kiosk.find?.query.text == "a")
    kiosk.press(.escape)
    #expect(kiosk.state.flow == nil)
  }

  @Test func theOpenedCardCarriesAContactOnlyWhenShared() throws {
    var kiosk = try KioskDriver()
    let people = kiosk.state.directory.people
    #expect(people.first { $0.name == "José Núñez" }?.contact == "jose@agrovolt.example")
    #expect(people.first { $0.name == "Priya Raman" }?.contact == nil)
    kiosk.press(.character("f"))
    kiosk.type("Priya")
    kiosk.press(.enter)
    #expect(kiosk.find?.opened == people.first { $0.name == "Priya Raman" }?.id)
  }
}
