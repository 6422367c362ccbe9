import Foundation

/// Wrong personal codes typed at this kiosk: after `allowed` wrong codes within `window` seconds,
/// codes are refused until the window has passed for the oldest of them.
public struct CodeAttempts: Sendable, Hashable {
  public static let allowed = 5
  public static let window: TimeInterval = 60

  /// Times of recent wrong codes.
  public private(set) var failures: [Date] = []

  public init() {}

  /// Seconds until codes are accepted again at `now`, or 0 when they are.
  public func lockedSeconds(at now: Date) -> Int {
    let recent = failures.filter { now.timeIntervalSince($0) < Self.window }
    guard recent.count >= Self.allowed, let oldest = recent.first else { return 0 }
    return max(1, Int((Self.window - now.timeIntervalSince(oldest)).rounded(.up)))
  }

  /// Records a wrong code at `now`.
  public mutating func fail(at now: Date) {
    failures = failures.filter { now.timeIntervalSince($0) < Self.window } + [now]
  }
}
