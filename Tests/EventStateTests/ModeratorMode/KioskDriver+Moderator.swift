import Foundation

@testable import EventState

extension KioskDriver {
  /// The open PIN prompt, if any.
  var prompt: PinPrompt? {
    if case .prompt(let prompt) = state.moderator { return prompt }
    return nil
  }

  /// The unlocked panel, if any.
  var panel: ModeratorPanel? {
    if case .unlocked(let panel) = state.moderator { return panel }
    return nil
  }

  /// F12, the PIN and Enter.
  mutating func unlock(with pin: String = KioskDriver.pin) {
    if state.moderator == nil { press(.function(12)) }
    type(pin)
    press(.enter)
  }

  /// Puts `names` into the open-mic queue through the store, in that order.
  mutating func queue(_ names: String...) throws {
    for name in names {
      try store.enqueue(
        OpenMicEntry(id: "id-\(name)", name: name, pitch: "\(name)'s pitch", minutes: 3, position: -1, joinedAt: now), actor: "test")
    }
    send(.storeChanged(try store.snapshot(now: now)), after: 0)
  }

  /// The store's actions in the audit log, oldest first.
  func auditActions() throws -> [String] { try store.auditLog(limit: nil).map(\.action) }
}
