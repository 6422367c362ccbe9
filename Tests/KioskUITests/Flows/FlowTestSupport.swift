import EventState
import Foundation
import KioskUI

/// Kiosk states with an attendee flow open, over the demo event.
enum Flows {
  static var people: [DisplayCard] { Demo.directory.people }

  /// The demo kiosk (event, roster and live state set, as the runner sets them) with `flow` open.
  static func kiosk(_ flow: AttendeeFlow?, live: LiveState = Demo.live) -> KioskState {
    var state = KioskState(
      clock: RotationClock(steps: EventConfig.defaultRotation), now: Demo.now, live: live, event: Demo.event, roster: Demo.roster)
    state.currentStep = state.clock.steps.firstIndex { $0.screen == .wall }!
    state.flow = flow
    return state
  }

  /// The whole display with `flow` open, its footer showing the flow's keys.
  static func display(_ flow: AttendeeFlow?, live: LiveState = Demo.live) -> KioskDisplay {
    let kiosk = kiosk(flow, live: live)
    return KioskDisplay(event: Demo.event, directory: kiosk.directory, tips: Demo.tips, kiosk: kiosk, keyHints: KioskDisplay.keyHints(for: kiosk, at: Demo.now))
  }

  /// The view of `flow` alone.
  static func view(_ flow: AttendeeFlow) -> AttendeeFlowView {
    AttendeeFlowView(flow: flow, topics: Demo.topics, people: people)
  }

  /// A pin wizard at `step` with the demo answers given so far (no contact unless `contact`).
  static func pin(at step: PinWizard.Step, contact: String = "") -> PinWizard {
    var wizard = PinWizard()
    wizard.step = step
    wizard.name = TextInput("Ada Quill", limit: PinWizard.nameLimit)
    wizard.role = TextInput("Partner at Northwind Ventures", limit: PinWizard.roleLimit)
    wizard.offer = TextInput("Intros to seed funds", limit: PinWizard.textLimit)
    wizard.seek = TextInput("Climate founders", limit: PinWizard.textLimit)
    wizard.contact = TextInput(contact, limit: PinWizard.contactLimit)
    return wizard
  }

  /// The write of deleting `privateContact`, as the reducer starts it (after `y`), failed with
  /// `failure` when given.
  static func saving(failure: String? = nil) -> Saving {
    var live = Demo.live
    live.cards.append(privateContact)
    var manage = ManageCard()
    manage.stage = .confirmDelete(privateContact)
    var (state, _) = KioskReducer.reduce(kiosk(.manage(manage), live: live), .key(.character("y")), now: Demo.now)
    guard case .saving(let saving) = state.flow else { fatalError("y did not start the deletion") }
    guard let failure else { return saving }
    (state, _) = KioskReducer.reduce(state, .mutationFailed(id: saving.mutation.id, reason: failure), now: Demo.now)
    guard case .saving(let failed) = state.flow else { fatalError("the failure did not keep the write") }
    return failed
  }

  /// A card pinned at the kiosk: shown, with a contact that is not shared.
  static let privateContact = PinnedCard(
    id: "p1", topicID: "design", name: "Maya Sorensen", title: "Illustrator", company: "Inkwell", offer: "Sketching your idea",
    contact: "maya@secret.example", showCard: true, shareContact: false, code: "HJKL", pinnedAt: Demo.now)
}

extension CellBuffer {
  /// Whether `text` is drawn: as plain text, or its first word in block letters of any size.
  func shows(_ text: String) -> Bool {
    self.text.contains(text) || showsInBlockLetters(String(text.split(separator: " ").first ?? ""))
  }

  /// Whether `word` is drawn in block letters of any size.
  func showsInBlockLetters(_ word: String) -> Bool {
    let screen = lines.map(Array.init)
    for size in BigText.Size.allCases {
      let big = BigText(lines: [word], size: size, role: .text)
      var letters = CellBuffer(width: big.width, height: big.height)
      big.render(in: letters.area, into: &letters, context: Demo.context())
      let rows = letters.lines.map(Array.init)
      guard !rows.isEmpty, rows.count <= screen.count else { continue }
      for y in 0...(screen.count - rows.count) where screen[y].count >= rows[0].count {
        for x in 0...(screen[y].count - rows[0].count) where screen[y][x..<(x + rows[0].count)].elementsEqual(rows[0]) {
          let whole = rows.indices.allSatisfy { i in
            screen[y + i].count >= x + rows[i].count && screen[y + i][x..<(x + rows[i].count)].elementsEqual(rows[i])
          }
          if whole { return true }
        }
      }
    }
    return false
  }

  /// The roles of the cells on row `y` from where `text` starts, for its length.
  func roles(of text: String, onRow y: Int) -> Set<StyleRole> {
    guard let range = lines[y].range(of: text) else { return [] }
    let start = DisplayWidth.of(String(lines[y][..<range.lowerBound]))
    return Set((start..<(start + DisplayWidth.of(text))).map { self[$0, y].role })
  }
}
