import EventState
import Foundation
import KioskUI
import Testing

/// Wall moderation: every card with its marks, the selection, the details and the deletion to
/// confirm.
@Suite struct WallModerationViewTests {
  func rendered(_ wall: WallModeration, live: LiveState = Demo.live, width: Int = 78, height: Int = 21) -> CellBuffer {
    render(Moderation.panel(.wall(wall), live: live), width: width, height: height, name: "wall")
  }

  @Test func everyCardIsListedHiddenAndPrivateOnesMarked() {
    let buffer = rendered(WallModeration(), width: 156, height: 42)
    #expect(buffer.text.contains("Wall moderation · 15 cards · 1 hidden · 1 not public"), "\(buffer.text)")
    for card in Demo.cards { #expect(buffer.text.contains(card.name), "\(card.name)") }
    let hidden = buffer.row(containing: "Hidden By Moderator (hidden)")
    #expect(hidden.map { buffer.role(of: "(hidden)", onRow: $0) } == .warning)
    let notPublic = buffer.row(containing: "Not Public (not public)")
    #expect(notPublic.map { buffer.role(of: "(not public)", onRow: $0) } == .muted)
    #expect(buffer.text.contains("Kenji Watanabe — Principal · Sakura Capital · For investors"))
  }

  @Test func theSelectedCardIsHighlightedAndItsDetailsShown() {
    let buffer = rendered(WallModeration(selection: 7))
    let row = buffer.row(containing: "▸ Rosa Meyer — Founder · Loomwork · Founders")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.roles(of: "Rosa Meyer", onRow: $0) } == [.screenActive])
    #expect(buffer.text.contains("Founders · pinned 18:24"))
    #expect(buffer.text.contains("Shown on the screens"))
    #expect(buffer.text.contains("Can help: Textile supply chain know-how"))
    #expect(buffer.text.contains("Looking for: A growth marketer who loves craft"))
    #expect(!buffer.text.contains("rosa@loomwork.example"), "contacts stay off the kiosk screen")
  }

  @Test func theDetailsOfACardKeptOffTheScreensSaySoAndShowNothingMore() {
    var live = Demo.live
    live.cards[0].showCard = false
    let buffer = rendered(WallModeration(selection: 0), live: live)
    #expect(buffer.text.contains("Not public: the owner said No to the screens"), "\(buffer.text)")
    #expect(!buffer.text.contains("Series A intros"))
    live.cards[0].showCard = true
    live.cards[0].hidden = true
    let hidden = rendered(WallModeration(selection: 0), live: live)
    #expect(hidden.text.contains("Hidden by a moderator: h shows it again"), "\(hidden.text)")
    #expect(!hidden.text.contains("Series A intros"))
  }

  @Test func onAWideScreenTheDetailsSitBesideTheList() {
    let buffer = rendered(WallModeration(selection: 0), width: 156, height: 42)
    let row = buffer.row(containing: "▸ Kenji Watanabe")
    #expect(row != nil && buffer.lines[row!].contains("Sakura Capital") && buffer.lines[row! - 1].contains("╭─ Kenji Watanabe ─"), "\(buffer.text)")
  }

  @Test func theSelectionStaysInViewInALongList() {
    let buffer = rendered(WallModeration(selection: 14), width: 38, height: 11)
    #expect(buffer.text.contains("▸ Hidden By Moderator"), "\(buffer.text)")
  }

  @Test func aDeletionAsksToConfirm() {
    let buffer = rendered(WallModeration(selection: 0, confirmingDelete: "c1"))
    let row = buffer.row(containing: "Delete Kenji Watanabe's card for good? y / any other key cancels")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Delete", onRow: $0) } == .warning)
    #expect(row.map { buffer.role(of: "y /", onRow: $0) } == .paneCount)
    #expect(!rendered(WallModeration(selection: 0)).text.contains("for good?"))
  }

  @Test func onTheSmallestScreenTheConfirmationTakesTwoWholeLines() {
    let buffer = rendered(WallModeration(selection: 0, confirmingDelete: "c1"), width: 38, height: 11)
    #expect(buffer.trimmedLines[9] == "Delete Kenji Watanabe's card for good?", "\(buffer.text)")
    #expect(buffer.trimmedLines[10] == "y / any other key cancels")
  }

  @Test func aDeletionOfACardThatIsGoneAsksNothing() {
    #expect(!rendered(WallModeration(selection: 0, confirmingDelete: "gone")).text.contains("for good?"))
  }

  @Test func anEmptyWallSaysSo() {
    let buffer = rendered(WallModeration(), live: LiveState())
    #expect(buffer.text.contains("Wall moderation · 0 cards"))
    #expect(buffer.text.contains("No cards pinned yet"))
  }
}
