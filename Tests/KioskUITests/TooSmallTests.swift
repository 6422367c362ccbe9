import EventState
import KioskUI
import Testing

@Suite struct TooSmallTests {
  @Test func justBelowTheMinimumItAsksForMoreRoomAndSaysHowMuch() {
    let buffer = render(Demo.display(.cards), width: 39, height: 13)
    #expect(buffer.trimmedLines == [
      "", "", "", "", "",
      " Please enlarge the terminal (needs at",
      "        least 40x14, now 39x13)",
    ] + Array(repeating: "", count: 6))
    #expect(buffer.role(of: "Please", onRow: 5) == .warning)
  }

  @Test func theMinimumSizeItselfLaysOutTheKiosk() {
    let buffer = render(Demo.display(.cards), width: MinimumSize.columns, height: MinimumSize.rows)
    #expect(!buffer.text.contains("enlarge"))
    #expect(buffer.text.contains("People · 23"))
  }

  @Test func tooNarrowAloneIsTooSmall() {
    #expect(render(Demo.display(.wall), width: 39, height: 60).text.contains("enlarge"))
    #expect(render(Demo.display(.wall), width: 200, height: 13).text.contains("enlarge"))
  }

  @Test(arguments: [(20, 5), (10, 3), (1, 1), (2, 1), (1, 4), (0, 0)])
  func theMessageNeverOverflowsEvenATinyTerminal(width: Int, height: Int) {
    let buffer = render(Demo.display(.openmic), width: width, height: height)
    #expect(layoutProblems(buffer) == [])
    #expect(buffer.lines.count == height)
  }

  @Test func aTinyTerminalShowsAsMuchOfTheMessageAsFits() {
    #expect(render(Demo.display(.tips), width: 20, height: 5).trimmedLines == [
      " Please enlarge the",
      " terminal (needs at",
      "  least 40x14, now",
      "       20x5)",
      "",
    ])
    #expect(render(Demo.display(.tips), width: 10, height: 3).trimmedLines == ["  Please", " enlarge", "   the…"])
    #expect(render(Demo.display(.tips), width: 1, height: 1).lines == ["…"])
  }
}
