import EventState
import KioskUI
import Testing

@Suite struct TipsScreenTests {
  @Test func aSmallScreenShowsTheTipAsCentredText() {
    let buffer = render(TipsScreen(tips: Demo.tips, visit: 1), width: 40, height: 9)
    #expect(buffer.trimmedLines == [
      "Tips                          Tip 1 of 3",
      "",
      "            Ask, then listen",
      "",
      " Open with a question about their work,",
      "not a pitch about yours. People remember",
      "             who listened.",
      "",
      "",
    ])
    #expect(buffer.role(of: "Ask", onRow: 2) == .tipTitle)
    #expect(buffer.role(of: "Open", onRow: 4) == .tipText)
    #expect(buffer.role(of: "Tip 1 of 3", onRow: 0) == .paneCount)
  }

  @Test func theHeadingIsInBlockLettersWhenItFits() {
    let buffer = render(TipsScreen(tips: Demo.tips, visit: 1), width: 78, height: 20)
    let blockRows = buffer.lines.indices.filter { buffer.lines[$0].contains("█") }
    #expect(blockRows.count == 10)
    #expect(blockRows.allSatisfy { y in (0..<78).allSatisfy { buffer[$0, y].grapheme != "█" || buffer[$0, y].role == .tipTitle } })
    #expect(buffer.text.contains("Open with a question about their work, not a pitch about yours. People"))
    #expect(!buffer.text.contains("Ask, then listen"))
  }

  @Test func aShortTipWithoutHeadingIsAllBlockLetters() {
    let buffer = render(TipsScreen(tips: Demo.tips, visit: 3), width: 118, height: 30)
    #expect(buffer.trimmedLines[0].hasSuffix("Tip 3 of 3"))
    #expect(!buffer.text.contains("Write a note"))
    let block = buffer.lines.firstIndex { $0.contains("█") }!
    #expect(buffer.role(of: "█", onRow: block) == .tipText)
  }

  @Test func aLongTipStaysPlainTextEvenWhenBlockLettersWouldFit() {
    let long = Tip(body: String(repeating: "Meet people. ", count: 10))
    let buffer = render(TipsScreen(tips: [long], visit: 1), width: 316, height: 80)
    #expect(!buffer.text.contains("█"))
    #expect(buffer.text.contains("Meet people. Meet people."))
  }

  @Test func oneTipAdvancesPerVisitAndStartsOverAfterTheLast() {
    #expect(TipsScreen(tips: Demo.tips, visit: 2).index == 1)
    #expect(TipsScreen(tips: Demo.tips, visit: 3).index == 2)
    #expect(TipsScreen(tips: Demo.tips, visit: 4).index == 0)
    let second = render(TipsScreen(tips: Demo.tips, visit: 2), width: 40, height: 9)
    #expect(second.trimmedLines[0].hasSuffix("Tip 2 of 3"))
    #expect(second.text.contains("Make one introduction"))
  }

  @Test func aTipTooLongForTheAreaIsCutWithAnEllipsis() {
    let buffer = render(TipsScreen(tips: Demo.tips, visit: 1), width: 40, height: 5)
    #expect(buffer.trimmedLines == [
      "Tips                          Tip 1 of 3",
      "            Ask, then listen",
      "",
      " Open with a question about their work,",
      "not a pitch about yours. People remembe…",
    ])
  }

  @Test func withoutTipsItStillSaysSomethingUseful() {
    let buffer = render(TipsScreen(tips: [], visit: 1), width: 60, height: 6)
    #expect(buffer.trimmedLines[0] == "Tips")
    #expect(buffer.text.contains("Say hello to someone you have not met yet."))
  }
}
