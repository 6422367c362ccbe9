import Foundation

/// Keys while moderator mode is open: the PIN prompt's, then the panel's (see `ModeratorPanelKeys`).
/// Nothing here is reachable without the PIN: `F12` only opens the prompt.
enum ModeratorKeys {
  /// The key that opens the PIN prompt at a kiosk.
  static let unlockKey = KeyPress.function(12)
  /// Audit log lines read for the moderator's log view.
  static let auditLogLines = 200

  /// Opens the PIN prompt, unless an attendee's write is on its way (it must be confirmed first). An
  /// attendee's unfinished flow is discarded: the moderator has the keyboard now.
  static func openPrompt(in state: inout KioskState) -> [KioskEffect] {
    if case .saving = state.flow { return [] }
    state.flow = nil
    state.moderator = .prompt(PinPrompt())
    return []
  }

  static func handle(_ key: KeyPress, _ session: ModeratorSession, in state: inout KioskState, now: Date) -> [KioskEffect] {
    switch session {
    case .prompt(let prompt): return PinPromptKeys.handle(key, prompt, in: &state, now: now)
    case .unlocked(let panel): return ModeratorPanelKeys.handle(key, panel, in: &state, now: now)
    }
  }

  /// Ends moderator mode: back to the rotation at a kiosk, back to the prompt at a console.
  static func end(_ state: inout KioskState) {
    state.moderator = state.isModeratorConsole ? .prompt(PinPrompt()) : nil
  }

  /// Locks an unlocked session, noting why in the audit log.
  static func lock(_ state: inout KioskState, reason: String, now: Date) -> [KioskEffect] {
    end(&state)
    return [write(.audit(AuditEntry(at: now, actor: "", action: "lock", detail: reason)), in: &state)]
  }

  /// After `ModeratorSession.idleLockSeconds` without a key an unlocked session locks, and a prompt
  /// nobody finished closes.
  static func expire(_ state: inout KioskState, now: Date) -> [KioskEffect] {
    guard let session = state.moderator, now.timeIntervalSince(state.lastInputAt) >= ModeratorSession.idleLockSeconds else { return [] }
    switch session {
    case .unlocked:
      return lock(&state, reason: "no key for 2 minutes", now: now)
    case .prompt:
      end(&state)
      return []
    }
  }

  /// Keeps the panel's selections inside the fresh store state, and refreshes the log view; at the
  /// prompt, forgets a wrong PIN's warning once the count was cleared (`mingle set-pin`, an unlock
  /// elsewhere).
  static func storeChanged(_ state: inout KioskState) -> [KioskEffect] {
    if case .prompt(var prompt) = state.moderator, case .wrong? = prompt.message, state.live.lockout.failures == 0 {
      prompt.message = nil
      state.moderator = .prompt(prompt)
    }
    guard case .unlocked(var panel) = state.moderator else { return [] }
    panel.selection = clamp(panel.selection, count: state.live.waiting.count)
    if case .wall(var wall) = panel.mode {
      wall.selection = clamp(wall.selection, count: state.live.cards.count)
      panel.mode = .wall(wall)
    }
    state.moderator = .unlocked(panel)
    if case .log = panel.mode { return [.readAuditLog(limit: auditLogLines)] }
    return []
  }

  /// Tells an unlocked moderator that a write failed.
  static func noteFailure(_ reason: String, in state: inout KioskState) {
    guard case .unlocked(var panel) = state.moderator else { return }
    panel.notice = reason
    state.moderator = .unlocked(panel)
  }

  /// A store write with a fresh mutation id.
  static func write(_ change: StoreMutation.Change, in state: inout KioskState) -> KioskEffect {
    .write(StoreMutation(id: state.random.identifier(), change: change))
  }

  /// `index` kept within `0..<count` (0 when empty).
  static func clamp(_ index: Int, count: Int) -> Int { max(0, min(index, count - 1)) }
}
