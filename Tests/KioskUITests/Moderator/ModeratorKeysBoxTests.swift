import EventState
import Foundation
import KioskUI
import Testing

/// The Keys box under the queue: every key of the queue with its full label wherever the lists leave
/// room for all of it, and nothing of it where they do not.
@Suite struct ModeratorKeysBoxTests {
  /// Every key of the queue view.
  let queueKeys = ModeratorKeyHints.hints(for: .unlocked(ModeratorPanel()))

  /// The whole kiosk screen of `columns`×`rows` with the moderator's panel `panel` over `live`, the
  /// footer's keys as the runner gives them.
  func screen(_ panel: ModeratorPanel = ModeratorPanel(), live: LiveState = Demo.live, columns: Int, rows: Int) -> CellBuffer {
    var kiosk = Demo.kiosk(.cards, live: live)
    kiosk.moderator = .unlocked(panel)
    let display = KioskDisplay(
      event: Demo.event, directory: kiosk.directory, tips: Demo.tips, kiosk: kiosk, keyHints: KioskDisplay.keyHints(for: kiosk, at: Demo.now))
    return render(display, width: columns, height: rows, name: "moderator-keys")
  }

  /// The rows inside the Keys box, between its edges; nil when there is no Keys box.
  func keysBox(in buffer: CellBuffer) -> [String]? {
    guard let top = buffer.lines.firstIndex(where: { $0.contains("╭─ Keys ─") }) else { return nil }
    let bottom = buffer.lines[top...].firstIndex { $0.contains("╰") } ?? buffer.lines.count
    return Array(buffer.lines[(top + 1)..<bottom])
  }

  /// Whether `rows` show `hint`: its key, then (after the spaces that line up a column) its full label.
  func shows(_ hint: KeyHint, in rows: [String]) -> Bool {
    let pattern = NSRegularExpression.escapedPattern(for: hint.key) + " +" + NSRegularExpression.escapedPattern(for: hint.label)
    return rows.contains { $0.range(of: pattern, options: .regularExpression) != nil }
  }

  /// The demo's queue with `count` more people waiting.
  func longQueue(_ count: Int) -> LiveState {
    var live = Demo.live
    live.queue += (1...count).map { index in
      OpenMicEntry(id: "w\(index)", name: "Guest \(index)", pitch: "", minutes: 2, position: 10 + index, joinedAt: Demo.now.addingTimeInterval(Double(index)))
    }
    return live
  }

  @Test(arguments: [(80, 24), (120, 40), (160, 48), (60, 80)])
  func everyQueueKeyIsInTheKeysBoxWithItsFullLabel(columns: Int, rows: Int) throws {
    let buffer = screen(columns: columns, rows: rows)
    let box = try #require(keysBox(in: buffer), "\(columns)x\(rows):\n\(buffer.text)")
    for hint in queueKeys {
      #expect(shows(hint, in: box), "\(hint.key) \(hint.label) at \(columns)x\(rows):\n\(buffer.text)")
    }
    #expect(brokenBoxes(buffer) == [], "\(columns)x\(rows):\n\(buffer.text)")
  }

  @Test func atEightyColumnsTheKeysReadAcrossInLinedUpColumnsWithEscLast() {
    let box = keysBox(in: screen(columns: 80, rows: 24))
    #expect(
      box == [
        " │ n   next speaker         ↑↓    select           [ ] move          x remove │ ",
        " │ +/- minute more/less     Space pause timer      a   announce      w wall   │ ",
        " │ p   pause rotation       g     go to screen     l   audit log     Q quit   │ ",
        " │ Esc lock                                                                   │ ",
      ], "\(box ?? [])")
  }

  @Test func aNoticeAfterAKeyDoesNotTakeTheBoxAwayAtEightyColumns() {
    let buffer = screen(ModeratorPanel(notice: "Tom Becker is live"), columns: 80, rows: 24)
    #expect(buffer.text.contains("Tom Becker is live"))
    #expect(keysBox(in: buffer) != nil, "\(buffer.text)")
  }

  @Test func theListsKeepEveryRowTheyAskForAndTheBoxIsLeftOut() {
    let buffer = screen(live: longQueue(5), columns: 80, rows: 24)
    #expect(keysBox(in: buffer) == nil, "\(buffer.text)")
    #expect(buffer.text.contains("8. Guest 5"), "\(buffer.text)")
    #expect(buffer.text.contains("Omar Farouk"), "\(buffer.text)")
  }

  @Test func theBoxIsWholeOrNotThereAtAll() {
    for (width, live) in [(78, Demo.live), (156, Demo.live), (58, Demo.live), (78, longQueue(3))] {
      for height in 8...40 {
        let buffer = render(Moderation.panel(live: live), width: width, height: height, name: "moderator-keys")
        #expect(brokenBoxes(buffer) == [], "\(width)x\(height):\n\(buffer.text)")
        guard let box = keysBox(in: buffer) else { continue }
        for hint in queueKeys { #expect(shows(hint, in: box), "\(hint.key) at \(width)x\(height):\n\(buffer.text)") }
        let last = live.waiting.last?.name ?? ""
        #expect(buffer.text.contains(last), "every waiting entry before the box at \(width)x\(height):\n\(buffer.text)")
      }
    }
  }

  @Test func withoutRoomThereIsNoBox() {
    #expect(keysBox(in: render(Moderation.panel(), width: 78, height: 16)) == nil)
    #expect(keysBox(in: render(Moderation.panel(), width: 38, height: 11)) == nil)
  }

  @Test func onlyTheQueueHasTheBox() {
    for mode in Moderation.modes where mode != .queue {
      let buffer = render(Moderation.panel(mode), width: 156, height: 42)
      #expect(keysBox(in: buffer) == nil, "\(mode)")
    }
  }
}
