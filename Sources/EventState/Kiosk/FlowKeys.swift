import Foundation

/// Keys while an attendee flow is open: each flow's own rules, in one place per flow.
enum FlowKeys {
  static func handle(_ key: KeyPress, flow: AttendeeFlow, in state: inout KioskState, now: Date) -> [KioskEffect] {
    switch flow {
    case .pin(let wizard): return PinWizardKeys.handle(key, wizard, in: &state, now: now)
    case .openMic(let wizard): return OpenMicWizardKeys.handle(key, wizard, in: &state, now: now)
    case .find(let find): FindPeopleKeys.handle(key, find, in: &state, now: now)
    case .manage(let manage): return ManageCardKeys.handle(key, manage, in: &state, now: now)
    case .saving(let saving): return SavingFlow.handle(key, saving, in: &state, now: now)
    case .done: KioskReducer.close(&state, now: now)
    }
    return []
  }

  /// Starts writing `change` to the store: the flow waits for the commit.
  static func save(_ change: StoreMutation.Change, from origin: Saving.OriginFlow, in state: inout KioskState) -> [KioskEffect] {
    let mutation = StoreMutation(id: state.random.identifier(), change: change)
    state.flow = .saving(Saving(mutation: mutation, origin: origin))
    return [.write(mutation)]
  }
}
