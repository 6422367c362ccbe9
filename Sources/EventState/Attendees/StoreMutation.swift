import Foundation

/// A change the kiosk asks the store to make. Its id is made before the write, so the runner can
/// retry it and the store ignores a repeat.
public struct StoreMutation: Sendable, Hashable {
  /// What to change.
  public enum Change: Sendable, Hashable {
    case pin(PinnedCard)
    case update(PinnedCard)
    case delete(cardID: String)
    case enqueue(OpenMicEntry)
    /// Moderator: hide a card from the public screens, or show it again.
    case setCardHidden(cardID: String, hidden: Bool)
    /// Moderator: `next`, only if `expectingLive` is still the live entry (see `EventStore.advanceQueue`).
    case advanceQueue(expectingLive: String?, settings: OpenMicSettings, at: Date)
    /// Moderator: move a waiting entry earlier (negative) or later (positive).
    case moveQueueEntry(id: String, by: Int)
    /// Moderator: take a waiting entry out of the queue.
    case removeQueueEntry(id: String)
    /// Moderator: more (positive) or less (negative) time for the live speaker.
    case adjustLiveTime(id: String, seconds: Int)
    /// Moderator: pause or resume the live speaker's timer.
    case toggleTimer(id: String, at: Date)
    /// Moderator: a banner on every display.
    case announce(Announcement)
    /// Moderator: hold or release the rotation on every display.
    case setRotationPaused(Bool, at: Date)
    /// Moderator: show a screen on every display now.
    case requestScreen(ScreenKind, at: Date)
    /// A line for the audit log only (moderator mode locked, the kiosk quit).
    case audit(AuditEntry)
  }

  public var id: String
  public var change: Change

  public init(id: String, change: Change) {
    self.id = id
    self.change = change
  }
}
