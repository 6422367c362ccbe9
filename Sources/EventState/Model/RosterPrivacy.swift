/// Which roster entries may appear on the public screens.
public enum RosterPrivacy: String, Sendable, Hashable, CaseIterable {
  /// Only entries whose consent column says yes (the default).
  case consented
  /// Every roster entry (the organizer collected consent elsewhere).
  case all
  /// No roster entry; only cards that attendees pinned themselves.
  case none
}
