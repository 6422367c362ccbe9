/// What the shared store holds right now: the part of the event that changes during it.
public struct LiveState: Sendable, Hashable {
  /// Every pinned card, oldest first (including hidden and non-public ones; filter before showing).
  public var cards: [PinnedCard]
  /// The open-mic queue: live and queued entries by position, then finished ones by end time.
  public var queue: [OpenMicEntry]
  /// Announcements that have not expired when the snapshot was read.
  public var announcements: [Announcement]
  /// What the moderators ask of every display.
  public var control: DisplayControl
  /// Wrong moderator PINs and the lock they caused.
  public var lockout: PinLockout

  public init(
    cards: [PinnedCard] = [], queue: [OpenMicEntry] = [], announcements: [Announcement] = [],
    control: DisplayControl = DisplayControl(), lockout: PinLockout = PinLockout()
  ) {
    self.cards = cards
    self.queue = queue
    self.announcements = announcements
    self.control = control
    self.lockout = lockout
  }

  /// The entry speaking now, if any.
  public var liveSpeaker: OpenMicEntry? { queue.first { $0.status == .live } }
  /// Waiting entries by position (the order the moderator arranges).
  public var waiting: [OpenMicEntry] {
    queue.filter { $0.status == .queued }.sorted { $0.position < $1.position }
  }
  /// Waiting entries in the order they will speak under `settings` (see `SpeakingOrder`).
  public func upNext(_ settings: OpenMicSettings) -> [OpenMicEntry] { SpeakingOrder.upNext(queue, settings: settings) }
  /// Finished entries, most recent first.
  public var finished: [OpenMicEntry] {
    queue.filter { $0.status == .done }.sorted { ($0.endedAt ?? $0.joinedAt) > ($1.endedAt ?? $1.joinedAt) }
  }
}
