import Foundation

/// Carries out the reducer's effects on the shared store, the same way for the kiosk loop and for
/// whatever else drives the reducer. What came of an effect is returned as actions, which the caller
/// reduces before anything else that is waiting (the next key of a burst must meet the state a PIN
/// check or a write left, not the state before it).
public struct StoreEffects: Sendable {
  public let store: EventStore
  /// Who acts, for the audit log (e.g. "kiosk pid 4242 on /dev/tty1").
  public let actor: String

  /// Effects carried out on `store` as `actor`.
  public init(store: EventStore, actor: String) {
    self.store = store
    self.actor = actor
  }

  /// The actions that report what came of `effect` at `now`: the store's fresh state first, then the
  /// outcome. None for `.quit`, which is the caller's to carry out.
  public func perform(_ effect: KioskEffect, now: Date) -> [KioskAction] {
    switch effect {
    case .quit:
      return []
    case .write(let mutation):
      do {
        try store.apply(mutation, actor: actor)
        return [.storeChanged(try store.snapshot(now: now)), .mutationCommitted(id: mutation.id)]
      } catch {
        return [.mutationFailed(id: mutation.id, reason: "Could not save: \(Self.reason(error))")]
      }
    case .readAuditLog(let limit):
      return [.auditLogRead((try? store.auditLog(limit: limit)) ?? [])]
    case .checkPin(let pin, let hash, let date):
      let outcome: PinCheck.Outcome
      do {
        outcome = try PinCheck.check(pin, against: hash, in: store, at: date, actor: actor)
      } catch {
        return [.pinCheckFailed(reason: Self.reason(error))]
      }
      // The attempt is counted: the lock it may have caused comes with the store's state, which the
      // next poll also brings when it cannot be read now.
      return ((try? store.snapshot(now: now)).map { [KioskAction.storeChanged($0)] } ?? []) + [.pinChecked(outcome)]
    }
  }

  /// What went wrong, in the store's plain words when it is the store's error (no file paths).
  static func reason(_ error: any Error) -> String {
    (error as? StoreError)?.reason ?? "\(error)"
  }
}
