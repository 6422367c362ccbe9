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

  public init(
    id: String, name: String, pitch: String, minutes: Int, status: Status = .queued,
    position: Int, joinedAt: Date, startedAt: Date? = nil, endedAt: Date? = nil
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
  }
}
