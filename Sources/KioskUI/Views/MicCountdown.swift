import EventState
import Foundation

/// The live speaker's time: what is left of the minutes asked for, or how far over they are.
public struct MicCountdown: Sendable, Hashable {
  /// Where the speaker is in their time.
  public enum Phase: Sendable, Hashable {
    /// More than a minute left.
    case running
    /// The last minute.
    case lastMinute
    /// Time is up.
    case overtime
  }

  /// Running, in the last minute, or over time.
  public var phase: Phase
  /// Whole seconds left (rounded up) while running, seconds over (rounded down) in overtime.
  public var seconds: Int

  /// The countdown of `entry` at `now`; nil when it has not started.
  public init?(entry: OpenMicEntry, now: Date) {
    guard let startedAt = entry.startedAt else { return nil }
    let left = startedAt.addingTimeInterval(Double(entry.minutes * 60)).timeIntervalSince(now)
    if left > 0 {
      seconds = Int(left.rounded(.up))
      phase = seconds > 60 ? .running : .lastMinute
    } else {
      seconds = Int((-left).rounded(.down))
      phase = .overtime
    }
  }

  /// The role the countdown is drawn in.
  public var role: StyleRole {
    switch phase {
    case .running: .micCountdown
    case .lastMinute: .micWarning
    case .overtime: .micOvertime
    }
  }

  /// "4:12", or "+0:42" in overtime.
  public var clock: String { (phase == .overtime ? "+" : "") + ClockText.minutesSeconds(seconds) }

  /// "left" or "over".
  public var caption: String { phase == .overtime ? "over" : "left" }

  /// "4:12 left", "+0:42 over".
  public var text: String { "\(clock) \(caption)" }
}
