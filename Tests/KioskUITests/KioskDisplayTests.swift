import EventState
import Foundation
import KioskUI
import Testing

@Suite struct KioskDisplayTests {
  @Test func theWallAt80x24() {
    let buffer = render(Demo.display(.wall, live: Demo.nobodyLive), width: 80, height: 24)
    #expect(buffer.lines == [
      "  Harbour Founders Night · Pier 7 Loft            Now: Lightning talks · 18:42  ",
      "                                                                                ",
      " Connecting wall                                                13 cards pinned ",
      "                                                                                ",
      " ╭─ For investors · 7 ───╮  ╭─ Founders · 2 ────────╮  ╭─ Legal help · 1 ─────╮ ",
      " │ Angels and funds…     │  │ Co-founders, first…   │  │ Contracts, IP and…   │ ",
      " │                       │  │                       │  │                      │ ",
      " │ Kenji Watanabe — Pri… │  │ Rosa Meyer — Founder… │  │ Tessa Grant — Solic… │ ",
      " │ Léa Dubois — Angel    │  │ Samir Aziz — Co-foun… │  │                      │ ",
      " │ Marcus Reed — Associ… │  │                       │  │                      │ ",
      " │ Nadia Rahman — Partn… │  │                       │  │                      │ ",
      " │ Oscar Lindqvist — Sc… │  │                       │  │                      │ ",
      " │ Paula Romero — Angel  │  │                       │  │                      │ ",
      " ╰───────────────── 1/2 ─╯  ╰───────────────────────╯  ╰──────────────────────╯ ",
      " ╭─ Design · 1 ──────────╮  ╭─ Engineering · 2 ─────╮  ╭─ Hiring · 0 ─────────╮ ",
      " │ Product, UX and brand │  │ Software, data and…   │  │ Open roles and…      │ ",
      " │ Uma Patel — UX lead…  │  │ Victor Hugo Alves —…  │  │ No cards yet         │ ",
      " │                       │  │ Wen Li — ML engineer… │  │                      │ ",
      " │                       │  │                       │  │                      │ ",
      " │                       │  │                       │  │                      │ ",
      " │                       │  │                       │  │                      │ ",
      " │                       │  │                       │  │                      │ ",
      " ╰───────────────────────╯  ╰───────────────────────╯  ╰──────────────────────╯ ",
      "  ←/→  screens                  ○ People  ● Connecting wall  ○ Tips  ○ Open mic ",
    ])
    #expect(buffer[0, 0].role == .header)
    #expect(buffer[0, 1].role == .background)
    #expect(buffer[0, 23].role == .footer)
  }

  @Test func anActiveAnnouncementIsABannerUnderTheHeader() {
    var live = Demo.nobodyLive
    live.announcements = [Demo.announcement]
    let buffer = render(Demo.display(.tips, live: live), width: 80, height: 24)
    #expect(buffer.lines[1] == "                        Pizza has arrived in the kitchen                        ")
    #expect(buffer[0, 1].role == .announcement)
    #expect(buffer.trimmedLines[3].hasPrefix(" Tips"))
  }

  @Test func anExpiredAnnouncementIsNotShownEvenIfTheSnapshotStillHasIt() {
    var live = Demo.live
    live.announcements = [Demo.announcement]
    let later = Demo.context(offset: 3600)
    let buffer = render(Demo.display(.tips, live: live), width: 80, height: 24, context: later)
    #expect(!buffer.text.contains("Pizza"))
  }

  @Test func theCurrentScreenIsHighlightedInTheFooter() {
    let buffer = render(Demo.display(.openmic), width: 80, height: 24)
    #expect(buffer.role(of: "Open mic", onRow: 23) == .screenActive)
    #expect(buffer.role(of: "People", onRow: 23) == .footer)
  }

  @Test func theVisitCarriesCardPagesAndTipsForward() {
    let cards = render(Demo.display(.cards, visit: 2, live: Demo.nobodyLive), width: 80, height: 24)
    #expect(cards.trimmedLines[2].hasSuffix("page 4/6"))
    let tips = render(Demo.display(.tips, visit: 2, live: Demo.nobodyLive), width: 80, height: 24)
    #expect(tips.trimmedLines[2].hasSuffix("Tip 2 of 3"))
  }

  @Test func theTallHeaderAndTheMarginsGrowWithTheScreen() {
    let buffer = render(Demo.display(.cards, live: Demo.nobodyLive), width: 160, height: 48)
    #expect(buffer.lines[1].hasPrefix("  Harbour Founders Night"))
    #expect((0..<3).allSatisfy { buffer[5, $0].role == .header })
    #expect(buffer.trimmedLines[4].hasPrefix("  People · 23"))
  }

  @Test func theClockAndAgendaFollowTheFrameTime() {
    let buffer = render(Demo.display(.wall), width: 80, height: 24, context: Demo.context(offset: 40 * 60))
    #expect(buffer.lines[0].hasSuffix("Now: Open mic · 19:22  "))
  }
}
