import EventState
import Foundation
import KioskUI
import TestSupport
import Testing

/// Strings that try to move the cursor, change modes or reorder text reach the screen only after
/// `Sanitizer.line`, as the loaders do, and then never put a control character into a cell.
@Suite struct HostileStringsTests {
  @Test func theFixtureIsDecodedIntoRealControlCharacters() {
    let strings = HostileStrings.all
    #expect(strings.count == 10)
    #expect(strings[0] == "Alice\u{1B}[2JBob")
    #expect(strings[4] == "Right\u{202E}to left")
    #expect(strings[8] == "C1\u{9B}31mred")
    #expect(strings.allSatisfy { !Sanitizer.isClean($0) })
  }

  /// The demo event with every shown text replaced by a (sanitized) hostile string.
  static var hostileDemo: (event: EventConfig, roster: [Attendee], live: LiveState, tips: [Tip]) {
    let clean = HostileStrings.all.map(Sanitizer.line)
    func pick(_ i: Int) -> String { clean[i % clean.count] }
    var event = Demo.event
    event.name = pick(0)
    event.venue = pick(1)
    event.agenda = [AgendaItem(minuteOfDay: 0, title: pick(2))]
    event.topics = Demo.topics.enumerated().map { i, topic in Topic(id: topic.id, title: pick(i), summary: pick(i + 3)) }
    let roster = Demo.roster.enumerated().map { i, person in
      var p = person
      p.name = pick(i); p.title = pick(i + 1); p.company = pick(i + 2); p.offer = pick(i + 3); p.seek = pick(i + 4); p.contact = pick(i + 5)
      return p
    }
    var live = Demo.live
    live.cards = live.cards.enumerated().map { i, card in
      var c = card
      c.name = pick(i); c.title = pick(i + 6); c.company = pick(i + 7)
      return c
    }
    live.queue = live.queue.enumerated().map { i, entry in
      var e = entry
      e.name = pick(i + 8); e.pitch = pick(i + 9)
      if e.status == .live { (e.status, e.startedAt) = (.queued, nil) }  // a live speaker's board would hide every screen
      return e
    }
    live.announcements = [Announcement(id: "h", text: pick(9), createdAt: Demo.now.addingTimeInterval(-1), expiresAt: Demo.now.addingTimeInterval(60))]
    let tips = [Tip(title: pick(3), body: HostileStrings.all.map(Sanitizer.paragraphs).joined(separator: "\n"))]
    return (event, roster, live, tips)
  }

  @Test(arguments: ScreenKind.allCases)
  func noCellEverHoldsAControlCharacter(screen: ScreenKind) {
    let demo = Self.hostileDemo
    let directory = PublicDirectory(config: demo.event, roster: demo.roster, live: demo.live)
    let kiosk = Demo.kiosk(screen, live: demo.live)
    let display = KioskDisplay(event: demo.event, directory: directory, tips: demo.tips, kiosk: kiosk, keyHints: Demo.keyHints)
    for (width, height) in [(80, 24), (160, 48), (60, 100)] {
      let buffer = render(display, width: width, height: height)
      #expect(layoutProblems(buffer) == [], "\(screen) at \(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "\(screen) at \(width)x\(height)")
      #expect(buffer.text.contains("Alice[2JBob"), "\(screen) at \(width)x\(height)")
    }
  }

  @Test func evenUnsanitizedTextNeverPutsATerminalControlCharacterIntoACell() {
    var buffer = CellBuffer(width: 40, height: HostileStrings.all.count)
    for (y, text) in HostileStrings.all.enumerated() { buffer.write(text, x: 0, y: y, role: .text) }
    let controls = buffer.cells.flatMap(\.grapheme.unicodeScalars).filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    #expect(controls == [])
    #expect(buffer.trimmedLines[0] == "Alice[2JBob")
  }
}
