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

  /// Checks the typed PIN against event.toml's hash: unlocks, or counts a wrong PIN in the store
  /// (which locks the prompt after `PinLockout.freeAttempts`).
  static func check(_ prompt: PinPrompt, in state: inout KioskState, now: Date) -> [KioskEffect] {
    guard let hash = state.event.moderatorPIN else {
      state.moderator = .prompt(PinPrompt(message: .noPIN))
      return []
    }
    if hash.verify(prompt.digits) {
      state.moderator = .unlocked(ModeratorPanel())
      return [ModeratorKeys.write(.unlock(at: now), in: &state)]
    }
    let after = state.live.lockout.afterFailure(at: now)
    state.moderator = .prompt(PinPrompt(message: .wrong(attemptsLeft: after.attemptsLeft)))
    return [ModeratorKeys.write(.pinFailure(at: now), in: &state)]
  }
}
