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

  @Test func theCountdownRunsThenWarnsInTheLastMinuteThenCountsOvertime() {
    let cases: [(Double, String, StyleRole)] = [
      (132, "2:12 left", .micCountdown), (61, "1:01 left", .micCountdown), (60, "1:00 left", .micWarning),
      (0.4, "0:01 left", .micWarning), (0, "+0:00 over", .micOvertime), (-42.7, "+0:42 over", .micOvertime),
      (-125, "+2:05 over", .micOvertime),
    ]
    for (left, text, role) in cases {
      let countdown = MicCountdown(entry: speaker(secondsLeft: left), now: Demo.now)
      #expect(countdown?.text == text, "\(left) s left")
      #expect(countdown?.role == role, "\(left) s left")
    }
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
    #expect(!buffer.text.contains("Priya Raman"))
    #expect(buffer.text.contains("A tool that turns receipts into bookkeeping"))
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
    let buffer = render(OpenMicScreen(live: Demo.live), width: 118, height: 34)
    #expect(buffer.trimmedLines[0].hasSuffix("3 waiting"))
    #expect(buffer.role(of: "Tom Becker", onRow: buffer.row(containing: "Tom Becker")!) == .micUpNext)
    #expect(buffer.role(of: "Omar Farouk", onRow: buffer.row(containing: "Omar Farouk")!) == .micDone)
    let nameRow = buffer.lines.firstIndex { $0.contains("█") }!
    #expect(buffer.role(of: "█", onRow: nameRow) == .micLive)
    #expect(brokenBoxes(buffer) == [])
  }

  @Test func theQueueSitsBesideTheSpeakerOnAWideScreenAndBelowInPortrait() {
    let wide = render(OpenMicScreen(live: Demo.live), width: 118, height: 34)
    let nowRow = wide.row(containing: "Now speaking")!
    #expect(wide.lines[nowRow].contains("Up next · 3"))
    let tall = render(OpenMicScreen(live: Demo.live), width: 58, height: 90)
    #expect(tall.row(containing: "Up next · 3")! > tall.row(containing: "Now speaking")! + 20)
    #expect(tall.row(containing: "Done · 1")! > tall.row(containing: "Up next · 3")!)
  }

  @Test func withAnEmptyQueueItInvitesPeopleToPitch() {
    let buffer = render(OpenMicScreen(live: LiveState()), width: 60, height: 8)
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
    let buffer = render(OpenMicScreen(live: done), width: 118, height: 34)
    #expect(!buffer.text.contains("Want to pitch?"))
    #expect(buffer.text.contains("Ask the moderator to add you to the open-mic queue."))
    #expect(buffer.text.contains("Omar Farouk"))
  }
}
