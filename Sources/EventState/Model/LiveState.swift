/// What the shared store holds right now: the part of the event that changes during it.
public struct LiveState: Sendable, Hashable {
  /// Every pinned card, oldest first (including hidden and non-public ones; filter before showing).
  public var cards: [PinnedCard]
  /// The open-mic queue: live and queued entries by position, then finished ones by end time.
  public var queue: [OpenMicEntry]
  /// Announcements that have not expired when the snapshot was read.
  public var announcements: [Announcement]

  public init(cards: [PinnedCard] = [], queue: [OpenMicEntry] = [], announcements: [Announcement] = []) {
    self.cards = cards
    self.queue = queue
    self.announcements = announcements
  }

  /// The entry speaking now, if any.
  public var liveSpeaker: OpenMicEntry? { queue.first { $0.status == .live } }
  /// Waiting entries in speaking order.
  public var waiting: [OpenMicEntry] {
    queue.filter { $0.status == .queued }.sorted { $0.position < $1.position }
  }
  /// Finished entries, most recent first.
  public var finished: [OpenMicEntry] {
    queue.filter { $0.status == .done }.sorted { ($0.endedAt ?? $0.joinedAt) > ($1.endedAt ?? $1.joinedAt) }
  }
}
