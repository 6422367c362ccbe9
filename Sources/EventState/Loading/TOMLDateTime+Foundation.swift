import Foundation
import TOMLKit

extension TOMLDateTime {
  /// The moment this date-time names: with its offset when it has one, else read in `localTimeZone`.
  /// Nil when the fields do not form a date.
  func foundationDate(localTimeZone: TimeZone) -> Date? {
    var calendar = Calendar(identifier: .gregorian)
    if let offset {
      guard let zone = TimeZone(secondsFromGMT: offset.offset * 60) else { return nil }
      calendar.timeZone = zone
    } else {
      calendar.timeZone = localTimeZone
    }
    let parts = DateComponents(
      year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute,
      second: time.second, nanosecond: time.nanoSecond)
    guard parts.isValidDate(in: calendar) else { return nil }
    return calendar.date(from: parts)
  }
}
