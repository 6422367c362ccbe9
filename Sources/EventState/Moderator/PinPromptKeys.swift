import Foundation

/// Keys at the PIN prompt: digits, Backspace, Enter to try, Esc to leave (at a kiosk).
enum PinPromptKeys {
  static func handle(_ key: KeyPress, _ prompt: PinPrompt, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var prompt = prompt
    let locked = state.live.lockout.isLocked(at: now)
    switch key {
    case .escape:
      ModeratorKeys.end(&state)
      return []
    case .character(let character) where !locked:
      if prompt.type(character) { prompt.message = nil }
    case .backspace, .delete:
      prompt.erase()
    case .enter where !locked && !prompt.digits.isEmpty:
      return check(prompt, in: &state, now: now)
    default:
      break
    }
    state.moderator = .prompt(prompt)
    return []
  }

  /// Asks for the typed PIN to be checked (`PinCheck`, which counts the attempt in the store before
  /// it looks at the PIN); the field empties meanwhile, so nothing is tried twice.
  static func check(_ prompt: PinPrompt, in state: inout KioskState, now: Date) -> [KioskEffect] {
    guard let hash = state.event.moderatorPIN else {
      state.moderator = .prompt(PinPrompt(message: .noPIN))
      return []
    }
    state.moderator = .prompt(PinPrompt())
    return [.checkPin(prompt.digits, against: hash, at: now)]
  }

  /// What the check said: unlocked, or the prompt again with why (a lock shows from the lockout).
  static func checked(_ outcome: PinCheck.Outcome, in state: inout KioskState) {
    guard case .prompt = state.moderator else { return }
    switch outcome {
    case .accepted:
      state.moderator = .unlocked(ModeratorPanel())
    case .wrong(let lockout):
      state.live.lockout = lockout
      state.moderator = .prompt(PinPrompt(message: .wrong(attemptsLeft: lockout.attemptsLeft)))
    case .locked:
      state.moderator = .prompt(PinPrompt())
    }
  }

  /// The check could not be made: the prompt says why, and stays locked.
  static func notChecked(reason: String, in state: inout KioskState) {
    guard case .prompt = state.moderator else { return }
    state.moderator = .prompt(PinPrompt(message: .notChecked(reason: reason)))
  }
}
