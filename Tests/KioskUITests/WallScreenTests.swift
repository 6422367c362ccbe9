import EventState
import KioskUI
import Testing

@Suite struct WallScreenTests {
  let investors = Demo.directory.wall[0]

  @Test func aSmallPaneListsNameAndRoleUnderItsTitle() {
    let kenji = investors.cards[0]
    let buffer = render(WallPane(topic: investors.topic, cards: [kenji]), width: 32, height: 4)
    #expect(buffer.lines == [
      "╭─ For investors · 1 ──────────╮",
      "│ Kenji Watanabe               │",
      "│   Principal · Sakura Capital │",
      "╰──────────────────────────────╯",
    ])
    #expect(buffer.role(of: "For investors", onRow: 0) == .paneTitle)
    #expect(buffer.role(of: "1", onRow: 0) == .paneCount)
    #expect(buffer.role(of: "Kenji", onRow: 1) == .cardName)
    #expect(buffer.role(of: "Principal", onRow: 2) == .cardRole)
  }

  @Test func aNarrowPaneShortensItsTitleButKeepsTheCount() {
    let kenji = investors.cards[0]
    let buffer = render(WallPane(topic: Topic(id: "design", title: "Design & product"), cards: [kenji]), width: 22, height: 3)
    #expect(buffer.lines[0] == "╭─ Design & pr… · 1 ─╮")
    #expect(buffer.role(of: "1", onRow: 0) == .paneCount)
  }

  @Test func aPaneWithRoomShowsTheTopicDescription() {
    let buffer = render(WallPane(topic: investors.topic, cards: Array(investors.cards.prefix(2))), width: 40, height: 8)
    #expect(buffer.trimmedLines == [
      "╭─ For investors · 2 ──────────────────╮",
      "│ Angels and funds meeting founders    │",
      "│ Kenji Watanabe                       │",
      "│   Principal · Sakura Capital         │",
      "│ Léa Dubois                           │",
      "│   Angel                              │",
      "│                                      │",
      "╰──────────────────────────────────────╯",
    ])
    #expect(buffer.role(of: "Angels", onRow: 1) == .muted)
  }

  @Test func aCrowdedPaneUsesOneLineEntriesAndPagesOnItsOwn() {
    let pane = WallPane(topic: investors.topic, cards: investors.cards, visit: 1, screenSeconds: 30)
    let first = render(pane, width: 40, height: 6)
    #expect(first.trimmedLines == [
      "╭─ For investors · 7 ──────────────────╮",
      "│ Angels and funds meeting founders    │",
      "│ Kenji Watanabe — Principal · Sakura… │",
      "│ Léa Dubois — Angel                   │",
      "│ Marcus Reed — Associate · Blue Harb… │",
      "╰──────────────────────────────── 1/3 ─╯",
    ])
    let second = render(pane, width: 40, height: 6, context: Demo.context(elapsed: 8))
    #expect(second.trimmedLines[2] == "│ Nadia Rahman — Partner · Orbit Fund  │")
    #expect(second.trimmedLines[5].hasSuffix(" 2/3 ─╯"))
    let third = render(pane, width: 40, height: 6, context: Demo.context(elapsed: 17))
    #expect(third.trimmedLines[2] == "│ Quentin Fox — Analyst · Tidal Partn… │")
    #expect(third.trimmedLines[3] == "│                                      │")
  }

  @Test func anEmptyPaneSaysSo() {
    let hiring = Demo.directory.wall[5]
    let buffer = render(WallPane(topic: hiring.topic, cards: hiring.cards), width: 30, height: 3)
    #expect(buffer.lines == [
      "╭─ Hiring · 0 ───────────────╮",
      "│ No cards yet               │",
      "╰────────────────────────────╯",
    ])
  }

  @Test(arguments: [
    (156, 40, 3, 2), (316, 82, 3, 2), (78, 19, 3, 2), (58, 90, 1, 6), (38, 10, 2, 3),
  ])
  func panesAreArrangedForTheArea(width: Int, height: Int, columns: Int, rows: Int) {
    let panes = WallScreen(wall: Demo.directory.wall, visit: 1, screenSeconds: 30).panes(in: Rect(x: 0, y: 0, width: width, height: height))
    #expect(panes.count == 6)
    #expect(Set(panes.map(\.x)).count == columns)
    #expect(Set(panes.map(\.y)).count == rows)
  }

  @Test func theScreenCountsPinnedCardsAndShowsEveryTopic() {
    let buffer = render(WallScreen(wall: Demo.directory.wall, visit: 1, screenSeconds: 30), width: 156, height: 42)
    #expect(buffer.trimmedLines[0] == "Connecting wall" + String(repeating: " ", count: 126) + "13 cards pinned")
    #expect(buffer.trimmedLines[2].hasPrefix("╭─ For investors · 7 ──"))
    #expect(buffer.trimmedLines[2].contains("╭─ Founders · 2 ──"))
    #expect(buffer.trimmedLines[2].contains("╭─ Legal help · 1 ──"))
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func withoutTopicsTheWallSaysSo() {
    let buffer = render(WallScreen(wall: [], visit: 1, screenSeconds: 30), width: 60, height: 10)
    #expect(buffer.trimmedLines.contains { $0.hasSuffix("No topics on the wall yet") })
  }
}
