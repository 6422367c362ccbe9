import Foundation

/// Times as the moderator commands print them: in the event's time zone (event.toml's `timezone`).
struct EventTime {
  private let readableFormat: DateFormatter
  private let clockFormat: DateFormatter
  private let isoFormat: DateFormatter

  /// Times in `timeZone`.
  init(timeZone: TimeZone) {
    func formatter(_ pattern: String) -> DateFormatter {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.calendar = Calendar(identifier: .gregorian)
      formatter.timeZone = timeZone
      formatter.dateFormat = pattern
      return formatter
    }
    readableFormat = formatter("yyyy-MM-dd HH:mm:ss")
    clockFormat = formatter("HH:mm")
    isoFormat = formatter("yyyy-MM-dd'T'HH:mm:ssXXXXX")
  }

  /// `2026-11-26 19:03:12`, for people.
  func readable(_ date: Date) -> String { readableFormat.string(from: date) }

  /// `19:03`, for a time later today.
  func clock(_ date: Date) -> String { clockFormat.string(from: date) }

  /// `2026-11-26T19:03:12+01:00` (ISO 8601 with the offset), for files.
  func iso(_ date: Date) -> String { isoFormat.string(from: date) }
}
