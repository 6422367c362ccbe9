import EventState
import Foundation
import KioskUI
import Testing

/// The panel's queue view: status, the live speaker, the waiting list as the moderator arranges it,
/// who has spoken, the notice and the folder's warnings.
@Suite struct ModeratorQueueTests {
  func rendered(_ view: ModeratorPanelView, width: Int = 78, height: Int = 21) -> CellBuffer {
    render(view, width: width, height: height, name: "queue")
  }

  /// The demo queue with `change` applied to the live speaker.
  func live(_ change: (inout OpenMicEntry) -> Void) -> LiveState {
    var live = Demo.live
    change(&live.queue[0])
    return live
  }

  @Test func theTitleAndStatusSayWhetherTheRotationIsPausedAndWhatIsAnnounced() {
    let running = rendered(Moderation.panel())
    #expect(running.lines[0].hasPrefix("Moderator"), "\(running.text)")
    #expect(running.role(of: "Moderator", onRow: 0) == .paneTitle)
    #expect(running.text.contains("Rotation running"))
    var paused = Demo.live
    paused.control.rotationPaused = true
    paused.announcements = [Demo.announcement]
    let buffer = rendered(Moderation.panel(live: paused), width: 156, height: 42)
    let row = buffer.row(containing: "Rotation paused on every display · Announcement: Pizza has arrived in the kitchen")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Rotation paused", onRow: $0) } == .warning)
  }

  @Test func anExpiredAnnouncementIsNotMentioned() {
    var live = Demo.live
    live.announcements = [Announcement(id: "old", text: "Doors open", createdAt: Demo.now.addingTimeInterval(-600), expiresAt: Demo.now.addingTimeInterval(-1))]
    #expect(!rendered(Moderation.panel(live: live)).text.contains("Doors open"))
  }

  @Test func theLiveSpeakerShowsTimeSlotNameAndPitch() {
    let buffer = rendered(Moderation.panel())
    let row = buffer.row(containing: "2:12 left · 5 min slot")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "2:12 left", onRow: $0) } == .micCountdown)
    #expect(buffer.text.contains("Priya Raman — A tool that turns receipts into bookkeeping"))
    #expect(!buffer.text.contains("paused"))
  }

  @Test func aHeldTimerSaysPausedAndAChangedSlotSaysWhatWasAsked() {
    let buffer = rendered(Moderation.panel(live: live { $0.pausedAt = Demo.now.addingTimeInterval(-10); $0.extraSeconds = 60 }))
    let row = buffer.row(containing: "paused · 6 min slot (asked 5)")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "paused", onRow: $0) } == .warning)
  }

  @Test func onATallScreenTheTimeIsInBlockLetters() {
    let buffer = rendered(Moderation.panel(), width: 156, height: 42)
    #expect(buffer.showsInBlockLetters("2:12"), "\(buffer.text)")
    #expect(buffer.text.contains("left · 5 min slot"))
    #expect(!rendered(Moderation.panel()).showsInBlockLetters("2:12"))
  }

  @Test func withNobodyLiveThePanelSaysWhoNextPutsOn() {
    var live = Demo.live
    live.queue.removeFirst()
    let buffer = rendered(Moderation.panel(live: live))
    #expect(buffer.text.contains("Nobody is live · n puts Tom Becker on"), "\(buffer.text)")
  }

  @Test func theWaitingListIsInPositionOrderWithTheSelectionHighlighted() {
    let buffer = rendered(Moderation.panel(selection: 1))
    #expect(buffer.text.contains("Waiting · 3"))
    let tom = buffer.row(containing: "1. Tom Becker · 2 min — Looking for beta testers")
    let yara = buffer.row(containing: "▸ 2. Yara Nasser · 3 min — Community garden app")
    let zoe = buffer.row(containing: "3. Zoe Kim · 1 min")
    #expect(tom != nil && yara != nil && zoe != nil, "\(buffer.text)")
    #expect(tom! < yara! && yara! < zoe!)
    #expect(buffer.roles(of: "Yara Nasser", onRow: yara!) == [.screenActive])
    #expect(buffer.roles(of: "Tom Becker", onRow: tom!) == [.micUpNext])
  }

  @Test func aSelectionPastTheEndHighlightsTheLastEntry() {
    let buffer = rendered(Moderation.panel(selection: 9))
    #expect(buffer.text.contains("▸ 3. Zoe Kim"), "\(buffer.text)")
  }

  @Test func aLongQueueKeepsTheSelectedEntryInViewOnTheSmallestScreen() {
    var live = Demo.live
    live.queue += (5...16).map { OpenMicEntry(id: "w\($0)", name: "Waiting \($0)", pitch: "", minutes: 2, position: $0, joinedAt: Demo.now) }
    let buffer = rendered(Moderation.panel(selection: 12, live: live), width: 38, height: 11)
    #expect(buffer.text.contains("▸ 13. Waiting 14"), "\(buffer.text)")
    #expect(buffer.text.contains("Waiting · 15"))
  }

  /// Omar spoke already and waits again before Tom: with first-timers-first, Tom goes next.
  var omarAgain: LiveState {
    var live = Demo.live
    live.queue.append(OpenMicEntry(id: "m5", name: "Omar Farouk", pitch: "Part two", minutes: 2, position: 1, joinedAt: Demo.now))
    return live
  }

  @Test func whenTheRulesPickSomeoneElseThePanelSaysWho() {
    var event = Demo.event
    event.openMic.firstTimersFirst = true
    let buffer = rendered(Moderation.panel(live: omarAgain, event: event))
    #expect(buffer.text.contains("1. Omar Farouk · 2 min — Part two"), "\(buffer.text)")
    #expect(buffer.text.contains("Next by the rules: Tom Becker"))
    #expect(!rendered(Moderation.panel(live: omarAgain)).text.contains("Next by the rules"), "no rules, no note")
    #expect(!rendered(Moderation.panel(event: event)).text.contains("Next by the rules"), "the rules agree with the order")
  }

  @Test func whoHasSpokenShowsTheirSpeakingTime() {
    let buffer = rendered(Moderation.panel())
    #expect(buffer.text.contains("Done · 1"))
    let row = buffer.row(containing: "Omar Farouk · spoke 3:20")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Omar Farouk", onRow: $0) } == .micDone)
  }

  @Test func onAWideScreenTheListsSitSideBySide() {
    let buffer = rendered(Moderation.panel(), width: 156, height: 42)
    let waiting = buffer.row(containing: "Waiting · 3")
    #expect(waiting != nil && waiting == buffer.row(containing: "Done · 1"), "\(buffer.text)")
  }

  @Test func theNoticeSaysWhatTheLastKeyDid() {
    let buffer = rendered(Moderation.panel(notice: "Tom Becker is live"))
    let row = buffer.row(containing: "Tom Becker is live")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Tom Becker is live", onRow: $0) } == .paneCount)
  }

  @Test func aRejectedFolderEditIsToldDiscreetlyAtTheBottom() {
    let buffer = rendered(Moderation.panel(folderWarnings: [Moderation.warning]))
    let line = buffer.trimmedLines[20]
    #expect(line == "event.toml:12: rotation: unknown screen \"lobby\" · last good version kept", "\(buffer.text)")
    #expect(buffer.role(of: "event.toml", onRow: 20) == .warning)
    #expect(buffer.role(of: "last good version kept", onRow: 20) == .muted)
    #expect(!rendered(Moderation.panel()).text.contains("last good version kept"))
  }

  @Test func manyWarningsTakeTwoLinesAndSayHowManyMore() {
    let warnings = (1...4).map { "event.toml:\($0): problem \($0)" }
    let buffer = rendered(Moderation.panel(notice: "Rotation goes on", folderWarnings: warnings))
    #expect(buffer.trimmedLines[18] == "Rotation goes on", "\(buffer.text)")
    #expect(buffer.trimmedLines[19] == "event.toml:1: problem 1")
    #expect(buffer.trimmedLines[20] == "event.toml:2: problem 2 · +2 more · last good version kept")
  }

  @Test func aLongWarningIsCutButKeepsItsEnding() {
    let long = "/srv/events/november/event.toml:12: " + String(repeating: "very long explanation ", count: 10)
    let buffer = rendered(Moderation.panel(folderWarnings: [long]), width: 38, height: 11)
    let line = buffer.trimmedLines[10]
    #expect(line.hasPrefix("/srv/ev"), "\(buffer.text)")
    #expect(line.hasSuffix("… · last good version kept"), "\(line)")
  }

  @Test func theWarningsAreOnlyInTheQueueView() {
    let wall = rendered(Moderation.panel(.wall(WallModeration()), folderWarnings: [Moderation.warning]))
    #expect(!wall.text.contains("last good version kept"))
  }
}
