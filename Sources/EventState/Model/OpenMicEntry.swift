import Foundation

/// A person in the open-mic queue (a row of the store).
public struct OpenMicEntry: Sendable, Hashable, Identifiable {
  /// Where the entry is in its life.
  public enum Status: String, Sendable, Hashable {
    case queued
    case live
    case done
  }

  /// Generated before the write, so a retried write never duplicates the entry.
  public var id: String
  public var name: String
  /// One-line pitch, at most 80 characters.
  public var pitch: String
  /// Minutes asked for (1–5).
  public var minutes: Int
  public var status: Status
  /// Order within the queue; lower goes first.
  public var position: Int
  public var joinedAt: Date
  public var startedAt: Date?
  public var endedAt: Date?
  /// Seconds the moderator added (positive) or took away (negative) with `+`/`-`.
  public var extraSeconds: Int
  /// When the moderator paused the timer, while it is paused.
  public var pausedAt: Date?
  /// Seconds the timer stood still in earlier pauses.
  public var pausedSeconds: Double

  public init(
    id: String, name: String, pitch: String, minutes: Int, status: Status = .queued,
    position: Int, joinedAt: Date, startedAt: Date? = nil, endedAt: Date? = nil,
    extraSeconds: Int = 0, pausedAt: Date? = nil, pausedSeconds: Double = 0
  ) {
    self.id = id
    self.name = name
    self.pitch = pitch
    self.minutes = minutes
    self.status = status
    self.position = position
    self.joinedAt = joinedAt
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.extraSeconds = extraSeconds
    self.pausedAt = pausedAt
    self.pausedSeconds = pausedSeconds
  }

  /// The speaking time granted: the minutes asked for plus what the moderator added (never below 0).
  public var slotSeconds: Int { max(0, minutes * 60 + extraSeconds) }

  /// Whether the moderator has paused the timer.
  public var isTimerPaused: Bool { pausedAt != nil }

  /// Seconds spoken by `now`: from going live to finishing (or to now), without the pauses; 0 before
  /// going live.
  public func spokenSeconds(at now: Date) -> Double {
    guard let startedAt else { return 0 }
    let end = endedAt ?? pausedAt ?? now
    return max(0, end.timeIntervalSince(startedAt) - pausedSeconds)
  }
}
