import Foundation

/// Keys of the unlocked moderator's panel. The queue keys work in the queue view; `w`, `a`, `g`, `l`
/// and `Q` open their modes, where Esc comes back to the queue; Esc in the queue locks.
enum ModeratorPanelKeys {
  static func handle(_ key: KeyPress, _ panel: ModeratorPanel, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var panel = panel
    panel.notice = nil
    switch panel.mode {
    case .queue: return queueKey(key, panel, in: &state, now: now)
    case .wall(let wall): return WallModerationKeys.handle(key, wall, panel, in: &state)
    case .announce(let form): return AnnouncementFormKeys.handle(key, form, panel, in: &state, now: now)
    case .goTo(let selection): return goToKey(key, selection: selection, panel, in: &state, now: now)
    case .confirmQuit: return confirmQuitKey(key, panel, in: &state, now: now)
    case .log(let offset): return logKey(key, offset: offset, panel, in: &state)
    }
  }

  // MARK: - The queue

  static func queueKey(_ key: KeyPress, _ panel: ModeratorPanel, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var panel = panel
    var effects: [KioskEffect] = []
    let waiting = state.live.waiting
    let selected = waiting.indices.contains(panel.selection) ? waiting[panel.selection] : nil
    let live = state.live.liveSpeaker
    switch key {
    case .character("n"):
      effects.append(ModeratorKeys.write(.advanceQueue(expectingLive: live?.id, settings: state.event.openMic, at: now), in: &state))
      let next = state.live.upNext(state.event.openMic).first
      panel.notice = next.map { "\($0.name) is live" } ?? (live == nil ? "Nobody is waiting" : "\(live!.name) finished; nobody is waiting")
    case .up: panel.selection = max(0, panel.selection - 1)
    case .down: panel.selection = ModeratorKeys.clamp(panel.selection + 1, count: waiting.count)
    case .character("["), .character("]"):
      guard let selected else { break }
      let offset = key == .character("[") ? -1 : 1
      effects.append(ModeratorKeys.write(.moveQueueEntry(id: selected.id, by: offset), in: &state))
      panel.selection = ModeratorKeys.clamp(panel.selection + offset, count: waiting.count)
    case .character("x"):
      guard let selected else { break }
      effects.append(ModeratorKeys.write(.removeQueueEntry(id: selected.id), in: &state))
      panel.notice = "Removed \(selected.name)"
    case .character("+"), .character("="), .character("-"):
      guard let live else { panel.notice = "Nobody is live"; break }
      let seconds = key == .character("-") ? -60 : 60
      effects.append(ModeratorKeys.write(.adjustLiveTime(id: live.id, seconds: seconds), in: &state))
    case .character(" "):
      guard let live else { panel.notice = "Nobody is live"; break }
      effects.append(ModeratorKeys.write(.toggleTimer(id: live.id, at: now), in: &state))
      panel.notice = live.isTimerPaused ? "Timer running" : "Timer paused"
    case .character("a"): panel.mode = .announce(AnnouncementForm())
    case .character("w"): panel.mode = .wall(WallModeration())
    case .character("p"):
      let pause = !state.live.control.rotationPaused
      effects.append(ModeratorKeys.write(.setRotationPaused(pause, at: now), in: &state))
      panel.notice = pause ? "Rotation paused on every display" : "Rotation goes on"
    case .character("g"): panel.mode = .goTo(selection: 0)
    case .character("l"):
      panel.mode = .log(offset: 0)
      effects.append(.readAuditLog(limit: ModeratorKeys.auditLogLines))
    case .character("Q"): panel.mode = .confirmQuit
    case .escape:
      return ModeratorKeys.lock(&state, reason: "Esc", now: now)
    default:
      break
    }
    state.moderator = .unlocked(panel)
    return effects
  }

  // MARK: - Go to a screen

  static func goToKey(_ key: KeyPress, selection: Int, _ panel: ModeratorPanel, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var panel = panel
    let screens = ScreenKind.allCases
    var effects: [KioskEffect] = []
    switch key {
    case .up: panel.mode = .goTo(selection: max(0, selection - 1))
    case .down: panel.mode = .goTo(selection: ModeratorKeys.clamp(selection + 1, count: screens.count))
    case .enter:
      let screen = screens[ModeratorKeys.clamp(selection, count: screens.count)]
      effects.append(ModeratorKeys.write(.requestScreen(screen, at: now), in: &state))
      panel.mode = .queue
      panel.notice = "Every display shows \(screen.title)"
    case .escape: panel.mode = .queue
    default: break
    }
    state.moderator = .unlocked(panel)
    return effects
  }

  // MARK: - Quit

  static func confirmQuitKey(_ key: KeyPress, _ panel: ModeratorPanel, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var panel = panel
    switch key {
    case .character("y"), .character("Y"):
      return [ModeratorKeys.write(.audit(AuditEntry(at: now, actor: "", action: "quit")), in: &state), .quit]
    case .character("n"), .character("N"), .escape:
      panel.mode = .queue
    default:
      break
    }
    state.moderator = .unlocked(panel)
    return []
  }

  // MARK: - The audit log

  static func logKey(_ key: KeyPress, offset: Int, _ panel: ModeratorPanel, in state: inout KioskState) -> [KioskEffect] {
    var panel = panel
    let last = max(0, state.auditLog.count - 1)
    switch key {
    case .up: panel.mode = .log(offset: min(last, offset + 1))
    case .down: panel.mode = .log(offset: max(0, offset - 1))
    case .pageUp: panel.mode = .log(offset: min(last, offset + 10))
    case .pageDown: panel.mode = .log(offset: max(0, offset - 10))
    case .escape: panel.mode = .queue
    default: break
    }
    state.moderator = .unlocked(panel)
    return []
  }
}
