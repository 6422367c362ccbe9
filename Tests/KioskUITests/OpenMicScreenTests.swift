import EventState
import Foundation
import KioskUI
import Testing

@Suite struct OpenMicScreenTests {
  let priya = Demo.queue[0]

  /// Priya's entry `secondsLeft` seconds before the end of her five minutes at `Demo.now`.
  func speaker(secondsLeft: Double) -> OpenMicEntry {
    var entry = priya
    entry.startedAt = Demo.now.addingTimeInterval(secondsLeft - 300)
    return entry
  }

  @Test func theCountdownRunsThenWarnsInTheLastMinuteBlinksInTheLastTenSecondsThenCountsOvertime() {
    let cases: [(Double, String, StyleRole)] = [
      (132, "2:12 left", .micCountdown), (61, "1:01 left", .micCountdown), (60, "1:00 left", .micWarning),
      (11, "0:11 left", .micWarning), (10.5, "0:11 left", .micWarning), (10, "0:10 left", .micFinalSeconds),
      (0.4, "0:01 left", .micFinalSeconds), (0, "+0:00 over", .micOvertime), (-42.7, "+0:42 over", .micOvertime),
      (-125, "+2:05 over", .micOvertime),
    ]
    for (left, text, role) in cases {
      let countdown = MicCountdown(entry: speaker(secondsLeft: left), now: Demo.now)
      #expect(countdown?.text == text, "\(left) s left")
      #expect(countdown?.role == role, "\(left) s left")
    }
  }

  @Test func theMinutesTheModeratorAddsOrTakesAwayCount() {
    var entry = speaker(secondsLeft: 132)
    entry.extraSeconds = 60
    #expect(MicCountdown(entry: entry, now: Demo.now)?.text == "3:12 left")
    #expect(MicCountdown.slot(of: entry) == "6 min slot")
    entry.extraSeconds = -150
    #expect(MicCountdown(entry: entry, now: Demo.now)?.text == "+0:18 over")
    #expect(MicCountdown.slot(of: entry) == "2:30 slot")
  }

  @Test func whilePausedTheTimeStandsStillAndSaysSo() {
    var entry = speaker(secondsLeft: 132)
    entry.pausedAt = Demo.now.addingTimeInterval(-30)
    for later in [0.0, 45, 600] {
      let countdown = MicCountdown(entry: entry, now: Demo.now.addingTimeInterval(later))
      #expect(countdown?.statusText == "2:42 paused")
      #expect(countdown?.text == "2:42 left")
      #expect(countdown?.role == .micCountdown)
    }
  }

  @Test func earlierPausesAreNotSpokenTime() {
    var entry = speaker(secondsLeft: 132)
    entry.pausedSeconds = 20
    #expect(MicCountdown(entry: entry, now: Demo.now)?.statusText == "2:32 left")
  }

  @Test func aPauseInTheLastTenSecondsStaysRedButStopsBlinking() {
    var entry = speaker(secondsLeft: 5)
    entry.pausedAt = Demo.now
    let countdown = MicCountdown(entry: entry, now: Demo.now.addingTimeInterval(30))
    #expect(countdown?.phase == .finalSeconds)
    #expect(countdown?.role == .micOvertime)
    #expect(countdown?.statusText == "0:05 paused")
  }

  @Test func aPausedSpeakerReadsPausedOnThePanel() {
    var entry = priya
    entry.pausedAt = Demo.now.addingTimeInterval(-60)
    let buffer = render(NowSpeakingPanel(speaker: entry, next: nil), width: 40, height: 8)
    #expect(buffer.trimmedLines[6] == "│       3:12 paused · 5 min slot       │")
  }

  @Test func thereIsNoCountdownBeforeTheSpeakerStarts() {
    var entry = priya
    entry.startedAt = nil
    #expect(MicCountdown(entry: entry, now: Demo.now) == nil)
  }

  @Test func aSmallPanelShowsNamePitchAndCountdownAsText() {
    let panel = NowSpeakingPanel(speaker: priya, next: nil)
    let buffer = render(panel, width: 40, height: 8)
    #expect(buffer.trimmedLines == [
      "╭─ Now speaking ───────────────────────╮",
      "│             Priya Raman              │",
      "│                                      │",
      "│   A tool that turns receipts into    │",
      "│             bookkeeping              │",
      "│                                      │",
      "│        2:12 left · 5 min slot        │",
      "╰──────────────────────────────────────╯",
    ])
    #expect(buffer.role(of: "Priya", onRow: 1) == .micLive)
    #expect(buffer.role(of: "A tool", onRow: 3) == .micPitch)
    #expect(buffer.role(of: "2:12 left", onRow: 6) == .micCountdown)
  }

  @Test(arguments: [(45.0, "0:45 left", StyleRole.micWarning), (-42, "+0:42 over", .micOvertime)])
  func theCountdownTextTakesItsColourFromTheTimeLeft(secondsLeft: Double, text: String, role: StyleRole) {
    let buffer = render(NowSpeakingPanel(speaker: speaker(secondsLeft: secondsLeft), next: nil), width: 40, height: 8)
    let row = buffer.row(containing: text)!
    #expect(buffer.role(of: text, onRow: row) == role)
  }

  @Test func aLargePanelDrawsTheCountdownInBlockLettersOfItsColour() {
    let buffer = render(NowSpeakingPanel(speaker: speaker(secondsLeft: -42), next: nil), width: 90, height: 40)
    let caption = buffer.row(containing: "over · 5 min slot")!
    #expect(buffer.role(of: "over", onRow: caption) == .micOvertime)
    let digits = buffer.role(of: "█", onRow: caption - 1)
    #expect(digits == .micOvertime)
    #expect(buffer.row(containing: "Priya Raman") == 0, "the name is in block letters, spelled out only in the title")
    #expect(!buffer.text.contains("A tool that"))
  }

  @Test func theTitleSpellsANameThatIsInBlockLettersAsWritten() {
    var entry = priya
    entry.name = "Zoë McAdams"
    let buffer = render(NowSpeakingPanel(speaker: entry, next: nil), width: 90, height: 40)
    #expect(buffer.trimmedLines[0].hasPrefix("╭─ Now speaking · Zoë McAdams ─"))
    #expect(buffer.role(of: "Zoë", onRow: 0) == .micLive)
    #expect(!Self.blockRows(buffer, .micLive).isEmpty)
    let small = render(NowSpeakingPanel(speaker: entry, next: nil), width: 40, height: 8)
    #expect(small.trimmedLines[0].hasPrefix("╭─ Now speaking ──"), "a plain name is not repeated in the title")
  }

  /// Rows where a block of big text is drawn in `role`.
  static func blockRows(_ buffer: CellBuffer, _ role: StyleRole) -> [Int] {
    buffer.lines.indices.filter { y in (0..<buffer.width).contains { buffer[$0, y].grapheme == "█" && buffer[$0, y].role == role } }
  }

  @Test func betweenSpeakersThePanelSaysWhoIsNext() {
    let buffer = render(NowSpeakingPanel(speaker: nil, next: Demo.queue[1]), width: 40, height: 6)
    #expect(buffer.trimmedLines[1] == "│      Nobody on stage right now       │")
    #expect(buffer.trimmedLines[3] == "│         Next up: Tom Becker          │")
    #expect(buffer.role(of: "Nobody", onRow: 1) == .muted)
    #expect(buffer.role(of: "Next up", onRow: 3) == .micUpNext)
  }

  @Test func betweenSpeakersALargePanelShowsWhoIsNextInBlockLetters() {
    let buffer = render(NowSpeakingPanel(speaker: nil, next: Demo.queue[1]), width: 90, height: 30)
    let label = buffer.row(containing: "Next up")!
    #expect(buffer.role(of: "Next up", onRow: label) == .micUpNext)
    #expect(buffer.role(of: "█", onRow: label + 2) == .micUpNext)
    #expect(!buffer.text.contains("Tom Becker"))
    let pitch = buffer.row(containing: "Looking for beta testers")!
    #expect(buffer.role(of: "Looking", onRow: pitch) == .muted)
  }

  @Test func upNextIsNumberedAndShowsAtMostFive() {
    let waiting = (1...7).map { OpenMicEntry(id: "w\($0)", name: "Speaker \($0)", pitch: "", minutes: 2, position: $0, joinedAt: Demo.now) }
    let buffer = render(MicQueueList(kind: .upNext, entries: waiting), width: 30, height: 9)
    #expect(buffer.trimmedLines == [
      "╭─ Up next · 7 ──────────────╮",
      "│ 1. Speaker 1 · 2 min       │",
      "│ 2. Speaker 2 · 2 min       │",
      "│ 3. Speaker 3 · 2 min       │",
      "│ 4. Speaker 4 · 2 min       │",
      "│ 5. Speaker 5 · 2 min       │",
      "│ + 2 more waiting           │",
      "│                            │",
      "╰────────────────────────────╯",
    ])
    #expect(buffer.role(of: "Speaker 1", onRow: 1) == .micUpNext)
  }

  @Test func upNextShowsPitchesOnTheirOwnLineWhenThereIsRoom() {
    let buffer = render(MicQueueList(kind: .upNext, entries: Array(Demo.queue[1...2])), width: 34, height: 6)
    #expect(buffer.trimmedLines == [
      "╭─ Up next · 2 ──────────────────╮",
      "│ 1. Tom Becker · 2 min          │",
      "│    Looking for beta testers    │",
      "│ 2. Yara Nasser · 3 min         │",
      "│    Community garden app        │",
      "╰────────────────────────────────╯",
    ])
  }

  @Test func whoHasSpokenIsGreyedOut() {
    let buffer = render(MicQueueList(kind: .done, entries: Demo.live.finished), width: 44, height: 3)
    #expect(buffer.trimmedLines[1] == "│ Omar Farouk — Solar kiosks for markets   │")
    #expect(buffer.role(of: "Omar", onRow: 1) == .micDone)
    #expect(buffer.role(of: "Solar", onRow: 1) == .micDone)
  }

  @Test func liveNextAndDoneAreDrawnInTheirOwnRoles() {
    let buffer = render(OpenMicScreen(live: Demo.live, settings: OpenMicSettings()), width: 118, height: 34)
    #expect(buffer.trimmedLines[0].hasSuffix("3 waiting"))
    #expect(buffer.role(of: "Tom Becker", onRow: buffer.row(containing: "Tom Becker")!) == .micUpNext)
    #expect(buffer.role(of: "Omar Farouk", onRow: buffer.row(containing: "Omar Farouk")!) == .micDone)
    let nameRow = buffer.lines.firstIndex { $0.contains("█") }!
    #expect(buffer.role(of: "█", onRow: nameRow) == .micLive)
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func theQueueSitsBesideTheSpeakerOnAWideScreenAndBelowInPortrait() {
    let wide = render(OpenMicScreen(live: Demo.live, settings: OpenMicSettings()), width: 118, height: 34)
    let nowRow = wide.row(containing: "Now speaking")!
    #expect(wide.lines[nowRow].contains("Up next · 3"))
    let tall = render(OpenMicScreen(live: Demo.live, settings: OpenMicSettings()), width: 58, height: 90)
    #expect(tall.row(containing: "Up next · 3")! > tall.row(containing: "Now speaking")! + 20)
    #expect(tall.row(containing: "Done · 1")! > tall.row(containing: "Up next · 3")!)
  }

  @Test func withAnEmptyQueueItInvitesPeopleToPitch() {
    let buffer = render(OpenMicScreen(live: LiveState(), settings: OpenMicSettings()), width: 60, height: 8)
    #expect(buffer.trimmedLines == [
      "Open mic                                           0 waiting",
      "",
      "                       Want to pitch?",
      "",
      "    Ask the moderator to add you to the open-mic queue.",
      "    Up to five minutes: an idea, a project, a question.",
      "",
      "",
    ])
    #expect(buffer.role(of: "Want to pitch?", onRow: 2) == .paneTitle)
  }

  @Test func withAnEmptyQueueTheInvitationIsBigOnABigScreen() {
    let done = LiveState(queue: [Demo.queue[4]])
    let buffer = render(OpenMicScreen(live: done, settings: OpenMicSettings()), width: 118, height: 34)
    #expect(!buffer.text.contains("Want to pitch?"))
    #expect(buffer.text.contains("Ask the moderator to add you to the open-mic queue."))
    #expect(buffer.text.contains("Omar Farouk"))
  }

  /// Demo's queue with Omar, who has spoken already, back in the queue ahead of everyone.
  static var omarAgain: LiveState {
    var live = Demo.live
    live.queue.append(OpenMicEntry(id: "m5", name: "Omar Farouk", pitch: "Solar kiosks, part two", minutes: 2, position: 1, joinedAt: Demo.now))
    return live
  }

  @Test func upNextFollowsTheSpeakingOrderOfTheEventsRules() {
    let plain = render(OpenMicScreen(live: Self.omarAgain, settings: OpenMicSettings()), width: 118, height: 34)
    #expect(plain.row(containing: "1. Omar Farouk") != nil)
    let fair = render(OpenMicScreen(live: Self.omarAgain, settings: OpenMicSettings(firstTimersFirst: true)), width: 118, height: 34)
    #expect(fair.row(containing: "1. Tom Becker") != nil)
    #expect(fair.row(containing: "4. Omar Farouk") != nil)
    #expect(fair.trimmedLines[0].hasSuffix("4 waiting"))
  }

  @Test func betweenSpeakersTheBoardNamesWhoTheRulesPutOnNext() {
    var live = Self.omarAgain
    live.queue.removeAll { $0.status == .live }
    let fair = render(OpenMicScreen(live: live, settings: OpenMicSettings(firstTimersFirst: true)), width: 60, height: 14)
    #expect(fair.text.contains("Next up: Tom Becker"))
    let plain = render(OpenMicScreen(live: live, settings: OpenMicSettings()), width: 60, height: 14)
    #expect(plain.text.contains("Next up: Omar Farouk"))
  }

  @Test func onALargePanelThePitchIsInBlockLettersToo() {
    let buffer = render(NowSpeakingPanel(speaker: priya, next: nil), width: 190, height: 60)
    let pitchRows = buffer.lines.indices.filter { buffer.role(of: "█", onRow: $0) == .micPitch }
    #expect(!pitchRows.isEmpty)
    #expect(!buffer.text.contains("A tool that"))
    let nameRows = buffer.lines.indices.filter { buffer.role(of: "█", onRow: $0) == .micLive }
    #expect(nameRows.max()! < pitchRows.min()!)
  }

  @Test func aNameTheBlockFontCannotDrawIsPlainBoldText() {
    var entry = priya
    entry.name = "李明 Li"
    let buffer = render(NowSpeakingPanel(speaker: entry, next: nil), width: 90, height: 40)
    let row = buffer.row(containing: "李明 Li")!
    #expect(buffer.role(of: "李明", onRow: row) == .micLive)
    #expect(buffer.lines.indices.allSatisfy { buffer.role(of: "█", onRow: $0) != .micLive })
    #expect(buffer.role(of: "██", onRow: buffer.row(containing: "left · 5 min slot")! - 1) == .micCountdown, "the countdown still in block letters")
  }

  @Test func aLowPanelKeepsOneLineOfPitchBetweenNameAndTime() {
    let buffer = render(NowSpeakingPanel(speaker: priya, next: nil), width: 40, height: 5)
    #expect(buffer.trimmedLines == [
      "╭─ Now speaking ───────────────────────╮",
      "│             Priya Raman              │",
      "│   A tool that turns receipts into…   │",
      "│              2:12 left               │",
      "╰──────────────────────────────────────╯",
    ])
  }
}
