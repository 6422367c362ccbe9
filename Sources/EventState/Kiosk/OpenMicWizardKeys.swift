import Foundation

/// The open-mic sign-up's keys: name, pitch, minutes, summary; Enter joins after the summary.
enum OpenMicWizardKeys {
  static func handle(_ key: KeyPress, _ wizard: OpenMicWizard, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var w = wizard
    if key == .escape {
      KioskReducer.close(&state, now: now)
      return []
    }
    let back = key == .backTab || (key == .up && w.step != .name)
    if back, w.step != .name {
      w.error = nil
      w.step = OpenMicWizard.Step(rawValue: w.step.rawValue - 1) ?? .name
      state.flow = .openMic(w)
      return []
    }
    switch (w.step, key) {
    case (.name, .down):
      let count = NameSuggestions.matching(w.name.text, in: state.directory.people).count
      w.matchSelection = NameSuggestions.move(w.matchSelection, down: true, count: count)
    case (.name, .up):
      let count = NameSuggestions.matching(w.name.text, in: state.directory.people).count
      w.matchSelection = NameSuggestions.move(w.matchSelection, down: false, count: count)
    case (.name, .enter):
      let suggestions = NameSuggestions.matching(w.name.text, in: state.directory.people)
      if let index = w.matchSelection, index < suggestions.count {
        w.name = TextInput(suggestions[index].name, limit: OpenMicWizard.nameLimit)
      }
      guard !w.name.trimmed.isEmpty else {
        w.error = "Please type your name."
        break
      }
      w.matchSelection = nil
      w.error = nil
      w.step = .pitch
    case (.name, _):
      if w.name.apply(key) {
        w.matchSelection = nil
        w.error = w.name.isFull ? "Names can be at most \(OpenMicWizard.nameLimit) characters." : nil
      }
    case (.pitch, .enter):
      guard !w.pitch.trimmed.isEmpty else {
        w.error = "Tell people in one line what you will talk about."
        break
      }
      w.error = nil
      w.step = .minutes
    case (.pitch, _):
      if w.pitch.apply(key) { w.error = w.pitch.isFull ? "A pitch is one line: at most \(OpenMicWizard.pitchLimit) characters." : nil }
    case (.minutes, .character(let c)) where c.isNumber:
      if let n = c.wholeNumberValue, OpenMicWizard.minutesRange.contains(n) {
        w.minutes = n
        w.error = nil
      } else {
        w.error = "Choose 1 to 5 minutes."
      }
    case (.minutes, .right), (.minutes, .character("+")), (.minutes, .down):
      w.minutes = min(w.minutes + 1, OpenMicWizard.minutesRange.upperBound)
    case (.minutes, .left), (.minutes, .character("-")):
      w.minutes = max(w.minutes - 1, OpenMicWizard.minutesRange.lowerBound)
    case (.minutes, .enter):
      w.step = .summary
    case (.summary, .enter):
      return join(w, in: &state, now: now)
    default:
      break
    }
    state.flow = .openMic(w)
    return []
  }

  /// Joins the queue, unless the same person is already in it (then they are told their place).
  static func join(_ w: OpenMicWizard, in state: inout KioskState, now: Date) -> [KioskEffect] {
    let mine = NameKey.fold(w.name.trimmed)
    if state.live.liveSpeaker.map({ NameKey.fold($0.name) == mine }) == true {
      state.flow = .done(.alreadyQueued(position: 0))
      return []
    }
    if let index = state.live.waiting.firstIndex(where: { NameKey.fold($0.name) == mine }) {
      state.flow = .done(.alreadyQueued(position: index + 1))
      return []
    }
    let entry = OpenMicEntry(
      id: state.random.identifier(), name: w.name.trimmed, pitch: w.pitch.trimmed, minutes: w.minutes,
      position: -1, joinedAt: now)
    return FlowKeys.save(.enqueue(entry), from: .openMic(w), in: &state)
  }
}
