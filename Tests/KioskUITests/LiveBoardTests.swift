import EventState
import Foundation
import KioskUI
import TestSupport
import Testing

/// While someone speaks at the open mic: the board that takes over every display, or the strip
/// above the rotating screens, at every size the kiosk must look right in.
@Suite struct LiveBoardTests {
  static let sizes = [(40, 14), (80, 24), (160, 48), (320, 90), (60, 80)]

  /// The whole display at `screen` with event.toml's open mic set to `settings`.
  static func display(
    _ screen: ScreenKind = .wall, live: LiveState = Demo.live, settings: OpenMicSettings = OpenMicSettings(), flow: AttendeeFlow? = nil
  ) -> KioskDisplay {
    var event = Demo.event
    event.openMic = settings
    var kiosk = Demo.kiosk(screen, live: live)
    kiosk.event = event
    kiosk.flow = flow
    return KioskDisplay(event: event, directory: PublicDirectory(config: event, roster: Demo.roster, live: live), tips: Demo.tips, kiosk: kiosk, keyHints: Demo.keyHints)
  }

  static let strip = OpenMicSettings(board: .strip)

  /// Rows where a block of the big text is drawn in `role`.
  static func blockRows(_ buffer: CellBuffer, _ role: StyleRole) -> [Int] {
    buffer.lines.indices.filter { y in (0..<buffer.width).contains { buffer[$0, y].grapheme == "█" && buffer[$0, y].role == role } }
  }

  // MARK: - Takeover

  @Test func theBoardTakesOverTheRotationScreenAt80x24() {
    let buffer = render(Self.display(.wall), width: 80, height: 24, name: "takeover")
    #expect(buffer.lines[2] == " Open mic                                                             3 waiting ")
    #expect(buffer.row(containing: "cards pinned") == nil)
    #expect(buffer.text.contains("Now speaking"))
    #expect(buffer.text.contains("Up next · 3"))
    #expect(buffer.text.contains("Done · 1"))
    #expect(buffer.text.contains("left · 5 min slot"))
    #expect(!Self.blockRows(buffer, .micLive).isEmpty, "the name in block letters")
    #expect(!Self.blockRows(buffer, .micCountdown).isEmpty, "the countdown in block letters")
    #expect(buffer.role(of: "Omar Farouk", onRow: buffer.row(containing: "Omar Farouk")!) == .micDone)
    #expect(buffer.role(of: "Connecting wall", onRow: 23) == .screenActive, "the footer still says where the rotation waits")
  }

  @Test func upNextOnTheBoardFollowsTheFairnessRules() {
    var live = Demo.live
    live.queue.append(OpenMicEntry(id: "m5", name: "Priya Raman", pitch: "Again", minutes: 1, position: 0, joinedAt: Demo.now))
    let plain = render(Self.display(live: live), width: 160, height: 48)
    #expect(plain.row(containing: "1. Priya Raman") != nil)
    let fair = render(Self.display(live: live, settings: OpenMicSettings(noRepeatInARow: true)), width: 160, height: 48)
    #expect(fair.row(containing: "1. Tom Becker") != nil)
    #expect(fair.row(containing: "2. Priya Raman") != nil)
    let strip = render(Self.display(live: live, settings: OpenMicSettings(board: .strip, noRepeatInARow: true)), width: 160, height: 48)
    #expect(strip.text.contains("Up next: Tom Becker, Priya Raman, Yara Nasser"))
  }

  @Test func noBoardWithNobodyLive() {
    let buffer = render(Self.display(.wall, live: Demo.nobodyLive), width: 80, height: 24)
    #expect(buffer.text.contains("Connecting wall"))
    #expect(!buffer.text.contains("Now speaking"))
  }

  @Test func anAttendeeAtTheKeyboardKeepsTheirFlow() {
    let buffer = render(Self.display(.wall, flow: .find(FindPeople())), width: 80, height: 24)
    #expect(!buffer.text.contains("Now speaking"))
    #expect(!buffer.text.contains("Up next"))
  }

  @Test(arguments: sizes)
  func theBoardIsWholeAtEverySize(width: Int, height: Int) {
    let buffer = render(Self.display(.cards), width: width, height: height, name: "takeover")
    #expect(layoutProblems(buffer) == [], "\(width)x\(height)")
    #expect(brokenBoxes(buffer) == [], "\(width)x\(height)")
    #expect(buffer.text.contains("Now speaking"))
    #expect(buffer.text.contains("Up next · 3"))
    #expect(buffer.text.contains("Tom Becker"))
    #expect(!buffer.text.contains("People · 23"))
    let nameRows = buffer.lines.indices.filter { buffer.role(of: "Priya Raman", onRow: $0) == .micLive }
    if Self.blockRows(buffer, .micLive).isEmpty {
      #expect(nameRows.count == 1 && !buffer.lines[nameRows[0]].contains("Now speaking"), "the name in plain text below the title")
    } else {
      #expect(nameRows.count == 1 && buffer.lines[nameRows[0]].contains("Now speaking · Priya Raman"), "the name in block letters, spelled in the title")
    }
    #expect(buffer.text.contains("left"))
  }

  @Test func atTheMinimumSizeTheBoardIsPlainText() {
    let buffer = render(Self.display(.cards), width: 40, height: 14)
    #expect(buffer.lines == [
      " Harbour Founders Night           18:42 ",
      " Open mic                     3 waiting ",
      " ╭─ Now speaking ─────────────────────╮ ",
      " │            Priya Raman             │ ",
      " │  A tool that turns receipts into…  │ ",
      " │             2:12 left              │ ",
      " ╰────────────────────────────────────╯ ",
      "                                        ",
      " ╭─ Up next · 3 ──────────────────────╮ ",
      " │ 1. Tom Becker · 2 min — Looking f… │ ",
      " │ 2. Yara Nasser · 3 min — Communit… │ ",
      " │ 3. Zoe Kim · 1 min — Hiring two d… │ ",
      " ╰────────────────────────────────────╯ ",
      "  ←/→  screens              ●○○○ People ",
    ])
    #expect(buffer.role(of: "Priya Raman", onRow: 3) == .micLive)
    #expect(buffer.role(of: "2:12 left", onRow: 5) == .micCountdown)
  }

  @Test func atTheLargestSizeNamePitchAndCountdownAreAllInBlockLetters() {
    let buffer = render(Self.display(.cards), width: 320, height: 90)
    let name = Self.blockRows(buffer, .micLive), pitch = Self.blockRows(buffer, .micPitch), clock = Self.blockRows(buffer, .micCountdown)
    #expect(!name.isEmpty && !pitch.isEmpty && !clock.isEmpty)
    #expect(name.max()! < pitch.min()! && pitch.max()! < clock.min()!)
    #expect(buffer.text.contains("Done · 1"))
  }

  @Test func inPortraitTheQueueIsBelowTheSpeaker() {
    let buffer = render(Self.display(.tips), width: 60, height: 80)
    let speaker = buffer.row(containing: "Now speaking")!, queue = buffer.row(containing: "Up next · 3")!
    #expect(queue > speaker + 20)
    #expect(Self.blockRows(buffer, .micLive).allSatisfy { $0 > speaker && $0 < queue })
    #expect(buffer.row(containing: "Done · 1")! > queue)
  }

  // MARK: - The last ten seconds

  @Test func theCountdownBlinksOnlyInTheLastTenSeconds() {
    let cases: [(Double, Bool)] = [(132, false), (60, false), (11, false), (10, true), (3, true), (0.2, true), (0, false), (-42, false)]
    for (left, blinks) in cases {
      for (width, height) in [(40, 14), (160, 48)] {
        let buffer = render(Self.display(live: Demo.live(secondsLeft: left)), width: width, height: height)
        let finalCells = buffer.lines.indices.flatMap { y in (0..<width).filter { buffer[$0, y].role == .micFinalSeconds } }
        #expect(!finalCells.isEmpty == blinks, "\(left) s left at \(width)x\(height)")
      }
    }
  }

  @Test func aPausedTimerNeverBlinks() {
    let buffer = render(Self.display(live: Demo.live(secondsLeft: 5, paused: true)), width: 160, height: 48)
    #expect((0..<buffer.height).allSatisfy { y in (0..<buffer.width).allSatisfy { buffer[$0, y].role != .micFinalSeconds } })
    #expect(buffer.text.contains("paused · 5 min slot"))
  }

  @Test(arguments: BuiltinThemes.all.map(\.name))
  func theLastTenSecondsIsTheOnlyRoleThatBlinks(themeName: String) throws {
    let theme = try #require(BuiltinThemes.named(themeName))
    for depth in ColorDepth.allCases {
      let blinking = StyleRole.allCases.filter { theme.style($0, depth: depth).attributes.contains(.blink) }
      #expect(blinking == [.micFinalSeconds], "\(themeName) \(depth)")
    }
  }

  @Test(arguments: BuiltinThemes.all.map(\.name))
  func everyPhaseOfTheCountdownLooksDifferent(themeName: String) throws {
    let theme = try #require(BuiltinThemes.named(themeName))
    let phases: [StyleRole] = [.micCountdown, .micWarning, .micFinalSeconds, .micOvertime]
    for depth in ColorDepth.allCases {
      let styles = phases.map { theme.style($0, depth: depth) }
      #expect(Set(styles).count == phases.count, "\(themeName) \(depth)")
    }
    #expect(theme.style(.micFinalSeconds, depth: .monochrome).attributes == [.reverse, .blink, .bold])
  }

  // MARK: - Strip

  @Test func theStripRunsAboveTheRotatingScreenAt80x24() {
    let buffer = render(Self.display(.wall, settings: Self.strip), width: 80, height: 24, name: "strip")
    #expect(buffer.lines[1] == " Now speaking: Priya Raman · A tool that turns receipts into bookk… · 2:12 left ")
    #expect(buffer.role(of: "Now speaking:", onRow: 1) == .micLive)
    #expect(buffer.role(of: "A tool", onRow: 1) == .micPitch)
    #expect(buffer.role(of: "2:12 left", onRow: 1) == .micCountdown)
    #expect(buffer.trimmedLines[3].hasPrefix(" Connecting wall"))
  }

  @Test func onALargeDisplayTheStripIsABoxWithUpNext() {
    let buffer = render(Self.display(.tips, settings: Self.strip), width: 160, height: 48, name: "strip")
    #expect(buffer.trimmedLines[3].hasPrefix("  ╭─ Now speaking ───"))
    #expect(buffer.trimmedLines[4].hasPrefix("  │ Priya Raman · A tool that turns receipts into bookkeeping · 2:12 left · Up next: Tom Becker, Yara Nasser, Zoe Kim   "))
    #expect(buffer.trimmedLines[4].hasSuffix("│"))
    #expect(buffer.role(of: "Tom Becker", onRow: 4) == .micUpNext)
    #expect(buffer.trimmedLines[5].hasPrefix("  ╰───"))
    #expect(buffer.text.contains("Tip 1 of 3"))
  }

  @Test func theOpenMicScreenShowsTheWholeBoardInsteadOfTheStrip() {
    let buffer = render(Self.display(.openmic, settings: Self.strip), width: 80, height: 24)
    #expect(!buffer.text.contains("Now speaking:"))
    #expect(buffer.trimmedLines[2].hasPrefix(" Open mic"))
    #expect(buffer.text.contains("Up next · 3"))
  }

  @Test func noStripDuringAFlowOrWithNobodyLive() {
    let flow = render(Self.display(.wall, settings: Self.strip, flow: .find(FindPeople())), width: 80, height: 24)
    #expect(!flow.text.contains("Now speaking"))
    let nobody = render(Self.display(.wall, live: Demo.nobodyLive, settings: Self.strip), width: 80, height: 24)
    #expect(!nobody.text.contains("Now speaking"))
  }

  @Test func theStripGivesUpPartsInTurnAndKeepsTheCountdown() {
    let strip = LiveSpeakerStrip(speaker: Demo.queue[0], upNext: Array(Demo.queue[1...3]))
    let lines = [120, 100, 70, 50, 38, 24, 14].map { width in
      render(strip, width: width, height: 1).trimmedLines[0]
    }
    #expect(lines == [
      "Now speaking: Priya Raman · A tool that turns receipts into bookkeeping · 2:12 left · Up next: Tom Becker, Yara Nasser",
      "Now speaking: Priya Raman · A tool that turns receipts into bookkeeping · 2:12 left",
      "Now speaking: Priya Raman · A tool that turns receipts in… · 2:12 left",
      "Now speaking: Priya Raman · 2:12 left",
      "Now speaking: Priya Raman · 2:12 left",
      "Priya Raman · 2:12 left",
      "P… · 2:12 left",
    ])
  }

  @Test(arguments: sizes)
  func everyScreenStaysWholeBelowTheStrip(width: Int, height: Int) {
    for screen in ScreenKind.allCases {
      let buffer = render(Self.display(screen, settings: Self.strip), width: width, height: height, name: "strip-\(screen.rawValue)")
      #expect(layoutProblems(buffer) == [], "\(screen) at \(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "\(screen) at \(width)x\(height)")
      #expect(buffer.text.contains("left"), "\(screen) at \(width)x\(height)")
    }
  }

  // MARK: - Hostile strings

  /// Demo's queue with every name and pitch replaced by a (sanitized) hostile string.
  static var hostileLive: LiveState {
    let clean = HostileStrings.all.map(Sanitizer.line)
    var live = Demo.live
    live.queue = live.queue.enumerated().map { i, entry in
      var e = entry
      e.name = clean[i % clean.count]
      e.pitch = clean[(i + 5) % clean.count]
      return e
    }
    return live
  }

  @Test(arguments: sizes)
  func hostileNamesAndPitchesNeverBreakTheBoardOrTheStrip(width: Int, height: Int) {
    for settings in [OpenMicSettings(), Self.strip] {
      let buffer = render(Self.display(.wall, live: Self.hostileLive, settings: settings), width: width, height: height)
      #expect(layoutProblems(buffer) == [], "\(settings.board) at \(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "\(settings.board) at \(width)x\(height)")
      #expect(buffer.text.contains("left"), "\(settings.board) at \(width)x\(height)")
    }
  }
}
