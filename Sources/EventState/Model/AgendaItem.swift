/// One line of the agenda: from `time` on (local time of the event), `title` is what is on now.
public struct AgendaItem: Sendable, Hashable {
  /// Minutes since local midnight.
  public var minuteOfDay: Int
  public var title: String

  public init(minuteOfDay: Int, title: String) {
    self.minuteOfDay = minuteOfDay
    self.title = title
  }

  /// "18:30" for 1110.
  public var timeText: String {
    let h = minuteOfDay / 60, m = minuteOfDay % 60
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }
}
