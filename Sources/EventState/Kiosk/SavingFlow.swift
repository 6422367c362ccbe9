import Foundation

/// A write on its way to the store: confirmed only once it has committed; on failure the person can
/// try again (same mutation id, so the store never makes it twice) or go back with the answers kept.
enum SavingFlow {
  /// Keys while saving: only after a failure do Enter (try again) and Esc (back) do anything.
  static func handle(_ key: KeyPress, _ saving: Saving, in state: inout KioskState, now: Date) -> [KioskEffect] {
    guard saving.failure != nil else { return [] }
    switch key {
    case .enter:
      var retry = saving
      retry.failure = nil
      state.flow = .saving(retry)
      return [.write(saving.mutation)]
    case .escape:
      switch saving.origin {
      case .pin(let wizard): state.flow = .pin(wizard)
      case .openMic(let wizard): state.flow = .openMic(wizard)
      case .manage(let manage): state.flow = .manage(manage)
      }
    default: break
    }
    return []
  }

  /// The store committed mutation `id`: say what happened.
  static func committed(_ id: String, in state: inout KioskState, now: Date) {
    guard case .saving(let saving) = state.flow, saving.mutation.id == id else { return }
    state.lastInputAt = now
    switch saving.mutation.change {
    case .pin(let card), .update(let card):
      let topic = state.event.topics.first { $0.id == card.topicID }?.title ?? card.topicID
      if case .update = saving.mutation.change {
        state.flow = .done(.pinned(topic: topic, code: card.code, shown: card.showCard, updated: true))
      } else {
        state.flow = .done(.pinned(topic: topic, code: card.code, shown: card.showCard, updated: false))
      }
    case .enqueue(let entry):
      let order = state.live.upNext(state.event.openMic)
      let position = (order.firstIndex { $0.id == entry.id } ?? order.count) + 1
      state.flow = .done(.queued(position: position))
    case .delete:
      state.flow = .done(.deleted)
    default:
      return  // moderator changes never travel through an attendee's flow
    }
  }

  /// The store could not make mutation `id`: keep everything and say why.
  static func failed(_ id: String, reason: String, in state: inout KioskState) {
    guard case .saving(var saving) = state.flow, saving.mutation.id == id else { return }
    saving.failure = reason
    state.flow = .saving(saving)
  }
}
