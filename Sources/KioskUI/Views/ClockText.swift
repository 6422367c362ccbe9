import Foundation

/// Formats times for the screens, in the event's time zone.
public enum ClockText {
  /// "18:05": hours and minutes of `date` in `timeZone`.
  public static func hoursMinutes(_ date: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return twoDigits(parts.hour ?? 0) + ":" + twoDigits(parts.minute ?? 0)
  }

  /// "4:07" for 247 seconds (negative values as their magnitude).
  public static func minutesSeconds(_ seconds: Int) -> String {
    let s = abs(seconds)
    return "\(s / 60):" + twoDigits(s % 60)
  }

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
