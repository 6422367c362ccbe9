import EventState
import Foundation

/// The live speaker's time: what is left of their slot (the minutes asked for plus what the moderator
/// added), or how far over they are. The time stands still while the moderator has paused the timer.
public struct MicCountdown: Sendable, Hashable {
  /// Where the speaker is in their time.
  public enum Phase: Sendable, Hashable {
    /// More than a minute left.
    case running
    /// The last minute, down to ten seconds.
    case lastMinute
    /// The last ten seconds.
    case finalSeconds
    /// Time is up.
    case overtime
  }

  /// Seconds left at which the countdown turns to `finalSeconds`.
  public static let finalSecondsFrom = 10

  /// Running, in the last minute, in the last seconds or over time.
  public var phase: Phase
  /// Whole seconds left (rounded up) before time is up, seconds over (rounded down) in overtime.
  public var seconds: Int
  /// Whether the moderator has paused the timer.
  public var isPaused: Bool

  /// The countdown of `entry` at `now`; nil when it has not started.
  public init?(entry: OpenMicEntry, now: Date) {
    guard entry.startedAt != nil else { return nil }
    let left = Double(entry.slotSeconds) - entry.spokenSeconds(at: now)
    isPaused = entry.isTimerPaused
    if left > 0 {
      seconds = Int(left.rounded(.up))
      phase = seconds > 60 ? .running : seconds > Self.finalSecondsFrom ? .lastMinute : .finalSeconds
    } else {
      seconds = Int((-left).rounded(.down))
      phase = .overtime
    }
  }

  /// The role the countdown is drawn in: amber in the last minute, red and blinking in the last ten
  /// seconds (red and steady while paused there), red in overtime.
  public var role: StyleRole {
    switch phase {
    case .running: .micCountdown
    case .lastMinute: .micWarning
    case .finalSeconds: isPaused ? .micOvertime : .micFinalSeconds
    case .overtime: .micOvertime
    }
  }

  /// "4:12", or "+0:42" in overtime.
  public var clock: String { (phase == .overtime ? "+" : "") + ClockText.minutesSeconds(seconds) }

  /// "left" or "over".
  public var caption: String { phase == .overtime ? "over" : "left" }

  /// "4:12 left", "+0:42 over".
  public var text: String { "\(clock) \(caption)" }

  /// What the displays write beside the time: "paused" while the timer stands still, otherwise the
  /// caption.
  public var status: String { isPaused ? "paused" : caption }

  /// "4:12 left", "+0:42 over", "4:12 paused".
  public var statusText: String { "\(clock) \(status)" }

  /// The length of `entry`'s slot: "5 min slot", or "4:30 slot" when the moderator gave or took
  /// part of a minute.
  public static func slot(of entry: OpenMicEntry) -> String {
    let seconds = entry.slotSeconds
    return seconds % 60 == 0 ? "\(seconds / 60) min slot" : "\(ClockText.minutesSeconds(seconds)) slot"
  }
}
