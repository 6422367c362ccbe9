import Foundation

/// Find people: typing narrows the results, Down/Up choose, Enter opens the card large, Esc goes
/// back one step.
enum FindPeopleKeys {
  static func handle(_ key: KeyPress, _ find: FindPeople, in state: inout KioskState, now: Date) {
    var f = find
    if f.opened != nil {
      if key == .escape || key == .enter || key == .backspace { f.opened = nil }
      state.flow = .find(f)
      return
    }
    let results = FindPeople.results(f.query.text, in: state.directory.people)
    switch key {
    case .escape:
      KioskReducer.close(&state, now: now)
      return
    case .down: f.selection = min(f.selection + 1, max(0, results.count - 1))
    case .up: f.selection = max(f.selection - 1, 0)
    case .enter:
      if results.indices.contains(f.selection) { f.opened = results[f.selection].id }
    default:
      if f.query.apply(key) { f.selection = 0 }
    }
    state.flow = .find(f)
  }
}
