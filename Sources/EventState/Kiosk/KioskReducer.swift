import Foundation

/// The one place where a kiosk's state changes. Pure: the time comes in as a value, randomness from
/// the state's seeded generator.
public enum KioskReducer {
  /// Seconds a confirmation stays up (it shows a personal code: not for the next person's eyes).
  public static let confirmationSeconds: TimeInterval = 20

  /// The state after `action` at `now`, and the effects to carry out.
  public static func reduce(_ state: KioskState, _ action: KioskAction, now: Date) -> (KioskState, [KioskEffect]) {
    var next = state
    var effects: [KioskEffect] = []
    switch action {
    case .tick:
      expireFlow(&next, now: now)
      effects += ModeratorKeys.expire(&next, now: now)
    case .key(let key):
      effects += handle(key, in: &next, now: now)
    case .resized(let columns, let rows):
      next.columns = max(0, columns)
      next.rows = max(0, rows)
    case .storeChanged(let live):
      next.live = live
      followScreenRequest(&next, now: now)
      effects += ModeratorKeys.storeChanged(&next)
    case .eventReloaded(let event, let roster, let rotation):
      next.reload(event: event, roster: roster)
      next.folderWarnings = []
      restartRotation(&next, with: rotation, now: now)
    case .eventRejected(let problems):
      next.folderWarnings = problems
    case .auditLogRead(let entries):
      next.auditLog = entries
    case .pinChecked(let outcome):
      PinPromptKeys.checked(outcome, in: &next)
    case .pinCheckFailed(let reason):
      PinPromptKeys.notChecked(reason: reason, in: &next)
    case .mutationCommitted(let id):
      SavingFlow.committed(id, in: &next, now: now)
    case .mutationFailed(let id, let reason):
      SavingFlow.failed(id, reason: reason, in: &next)
      ModeratorKeys.noteFailure(reason, in: &next)
    }
    updateHold(&next, now: now)
    if next.pausedAt == nil { advanceRotation(&next, now: now) }
    return (next, effects)
  }

  /// Keys: to the open flow, or the keys of the rotating display.
  static func handle(_ key: KeyPress, in state: inout KioskState, now: Date) -> [KioskEffect] {
    if case .control("c") = key, state.unlocked || state.isModeratorConsole {
      guard case .unlocked? = state.moderator else { return [.quit] }
      return ModeratorKeys.lock(&state, reason: "quit with Ctrl-C", now: now) + [.quit]
    }
    state.lastInputAt = now
    if let session = state.moderator {
      return ModeratorKeys.handle(key, session, in: &state, now: now)
    }
    if key == ModeratorKeys.unlockKey {
      return ModeratorKeys.openPrompt(in: &state)
    }
    if let flow = state.flow {
      return FlowKeys.handle(key, flow: flow, in: &state, now: now)
    }
    switch key {
    case .enter: open(.pin(PinWizard()), in: &state, now: now)
    case .character("m"), .character("M"): open(.openMic(OpenMicWizard()), in: &state, now: now)
    case .character("f"), .character("F"): open(.find(FindPeople()), in: &state, now: now)
    case .character("r"), .character("R"): open(.manage(ManageCard()), in: &state, now: now)
    case .right, .pageDown: jump(&state, by: 1, now: now)
    case .left, .pageUp: jump(&state, by: -1, now: now)
    default: break
    }
    return []
  }

  // MARK: - Flows

  /// Opens `flow` (the rotation of this kiosk waits, see `updateHold`).
  static func open(_ flow: AttendeeFlow, in state: inout KioskState, now: Date) {
    state.flow = flow
  }

  /// Closes the flow (the rotation goes on where it paused, see `updateHold`).
  static func close(_ state: inout KioskState, now: Date) {
    state.flow = nil
  }

  /// Discards a flow nobody touched for the event's idle timeout (and a confirmation after
  /// `confirmationSeconds`). A write on its way to the store is never discarded.
  static func expireFlow(_ state: inout KioskState, now: Date) {
    guard let flow = state.flow else { return }
    let idle = now.timeIntervalSince(state.lastInputAt)
    switch flow {
    case .saving(let saving) where saving.failure == nil: return
    case .done: if idle >= confirmationSeconds { close(&state, now: now) }
    default: if idle >= TimeInterval(state.event.idleTimeoutSeconds) { close(&state, now: now) }
    }
  }

  // MARK: - Rotation

  /// Pauses the rotation when `rotationHeld` starts, and lets it go on where it paused when it ends.
  static func updateHold(_ state: inout KioskState, now: Date) {
    switch (state.rotationHeld, state.pausedAt) {
    case (true, nil):
      advanceRotation(&state, now: now)
      state.pausedAt = now
    case (false, let paused?):
      let pause = max(0, now.timeIntervalSince(paused))
      state.rotationAnchor = state.rotationAnchor.addingTimeInterval(pause)
      state.screenStartedAt = state.screenStartedAt.addingTimeInterval(pause)
      state.pausedAt = nil
    default:
      break
    }
  }

  /// Shows the screen a moderator asked every display for, once per request, when this kiosk's
  /// rotation has it.
  static func followScreenRequest(_ state: inout KioskState, now: Date) {
    guard let request = state.live.control.screenRequest, request.serial != state.seenScreenSerial else { return }
    state.seenScreenSerial = request.serial
    guard let step = state.clock.steps.firstIndex(where: { $0.screen == request.screen }) else { return }
    jump(&state, by: step - state.currentStep, now: now)
  }

  /// Shows the step `delta` away from the current one now, and lets the rotation go on from there.
  static func jump(_ state: inout KioskState, by delta: Int, now: Date) {
    if state.pausedAt == nil { advanceRotation(&state, now: now) }
    let count = state.clock.steps.count
    state.anchorStep = ((state.currentStep + delta) % count + count) % count
    state.rotationAnchor = now
    if state.pausedAt != nil { state.pausedAt = now }
    enter(step: state.anchorStep, in: &state, now: now)
  }

  /// Uses a new rotation (an edited event.toml) from its first step, unless it is the one running.
  static func restartRotation(_ state: inout KioskState, with steps: [RotationStep], now: Date) {
    let clock = RotationClock(steps: steps)
    guard clock != state.clock else { return }
    state.clock = clock
    state.anchorStep = 0
    state.rotationAnchor = state.pausedAt ?? now
    state.currentStep = 0
    state.screenStartedAt = state.rotationAnchor
    state.visits[clock.steps[0].screen, default: 0] += 1
  }

  /// Moves the rotation to where the clock says it is at `now`.
  static func advanceRotation(_ state: inout KioskState, now: Date) {
    let position = state.clock.position(elapsed: now.timeIntervalSince(state.rotationAnchor), from: state.anchorStep)
    if position.stepIndex != state.currentStep {
      enter(step: position.stepIndex, in: &state, now: now.addingTimeInterval(-position.elapsed))
    }
  }

  /// Makes `step` the current one, counting the visit.
  static func enter(step: Int, in state: inout KioskState, now: Date) {
    state.currentStep = step
    state.screenStartedAt = now
    state.visits[state.clock.steps[step].screen, default: 0] += 1
  }
}
