import EventState
import Testing

@testable import KioskUI

/// The tallest card, which sets the height of every card of the grid.
@Suite struct CardsScreenTallestTests {
  @Test func itIsTheMostLinesOfAnyCard() {
    let people = Demo.directory.people
    let screen = CardsScreen(people: people, visit: 1, screenSeconds: 20)
    for width in [20, 30, 44] {
      let each = people.map { CardView(card: $0).lines(width: width, height: CardsScreen.maxCardHeight - 2, glyphs: .unicode).count }
      #expect(screen.tallestContent(width: width, glyphs: .unicode) == each.max() ?? 0, "width \(width)")
    }
  }

  @Test func itNeverExceedsTheLargestCard() {
    let long = String(repeating: "a long sentence about what I can help with ", count: 20)
    let full = DisplayCard(id: "full", name: "Full Card", title: "Founder", company: "Co", topics: ["A", "B"], offer: long, seek: long, contact: nil, isPinned: true)
    let screen = CardsScreen(people: [full] + Demo.directory.people, visit: 1, screenSeconds: 20)
    #expect(screen.tallestContent(width: 30, glyphs: .unicode) == CardsScreen.maxCardHeight - 2)
  }

  @Test func withTheDirectorysMemoItIsTheSame() {
    let directory = Demo.directory
    let plain = CardsScreen(people: directory.people, visit: 1, screenSeconds: 20)
    let kept = CardsScreen(people: directory.people, visit: 1, screenSeconds: 20, memo: directory.memo)
    for width in [20, 30, 44] {
      #expect(kept.tallestContent(width: width, glyphs: .unicode) == plain.tallestContent(width: width, glyphs: .unicode), "width \(width)")
    }
  }

  /// After an edit the counts of the unchanged cards are taken over, and the edited card counts anew:
  /// the fullest card made shorter no longer sets the height.
  @Test func afterAnEditTheEditedCardIsCountedAgain() {
    let long = String(repeating: "a long sentence about what I can help with ", count: 20)
    var roster = ["Ada Quill", "Bruno Sato", "Chiara Benedetti"].enumerated().map { index, name in
      Attendee(name: name, title: "Founder", offer: "Intros", showCard: true, line: index + 2)
    }
    roster[1].offer = long
    let before = PublicDirectory(config: Demo.event, roster: roster, live: LiveState())
    let width = 30
    func tallest(_ directory: PublicDirectory, memo: Bool) -> Int {
      CardsScreen(people: directory.people, visit: 1, screenSeconds: 20, memo: memo ? directory.memo : nil).tallestContent(width: width, glyphs: .unicode)
    }
    #expect(tallest(before, memo: true) == CardsScreen.maxCardHeight - 2)
    roster[1].offer = "Design reviews"
    let after = PublicDirectory(config: Demo.event, roster: roster, live: LiveState(), replacing: before)
    #expect(tallest(after, memo: true) == tallest(after, memo: false))
    #expect(tallest(after, memo: false) < CardsScreen.maxCardHeight - 2)
    var counted: [String] = []
    after.memo.forEachCard(CardsScreen.TallestContent(width: width, glyphs: .unicode), compute: { card in counted.append(card.name); return 0 }) { _, _ in true }
    #expect(counted.isEmpty, "every card has its count now")
  }
}
