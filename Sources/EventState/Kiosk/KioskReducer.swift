import Foundation

/// The one place where a kiosk's state changes. Pure: the time comes in as a value.
public enum KioskReducer {
  /// The state after `action` at `now`, and the effects to carry out.
  public static func reduce(_ state: KioskState, _ action: KioskAction, now: Date) -> (KioskState, [KioskEffect]) {
    var next = state
    var effects: [KioskEffect] = []
    switch action {
    case .tick:
      break
    case .key(let key):
      effects += handle(key, in: &next, now: now)
    case .resized(let columns, let rows):
      next.columns = max(0, columns)
      next.rows = max(0, rows)
    case .storeChanged(let live):
      next.live = live
    }
    advanceRotation(&next, now: now)
    return (next, effects)
  }

  /// Keys of the rotating display. Attendee flows plug in here.
  static func handle(_ key: KeyPress, in state: inout KioskState, now: Date) -> [KioskEffect] {
    switch key {
    case .control("c") where state.unlocked:
      return [.quit]
    case .right, .pageDown:
      jump(&state, by: 1, now: now)
    case .left, .pageUp:
      jump(&state, by: -1, now: now)
    default:
      break
    }
    return []
  }

  /// Shows the step `delta` away from the current one now, and lets the rotation go on from there.
  static func jump(_ state: inout KioskState, by delta: Int, now: Date) {
    advanceRotation(&state, now: now)
    let count = state.clock.steps.count
    state.anchorStep = ((state.currentStep + delta) % count + count) % count
    state.rotationAnchor = now
    enter(step: state.anchorStep, in: &state, now: now)
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
