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
}
