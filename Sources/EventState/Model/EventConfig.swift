import Foundation

/// Everything event.toml says about the event.
public struct EventConfig: Sendable, Hashable {
  public var name: String
  public var venue: String
  /// Start and end of the event, if given.
  public var start: Date?
  public var end: Date?
  /// Time zone of the venue: the clock and the agenda are read in it.
  public var timeZone: TimeZone
  public var agenda: [AgendaItem]
  public var topics: [Topic]
  public var rotation: [RotationStep]
  /// Theme name (a file `themes/<name>.toml` or a built-in theme).
  public var theme: String
  public var privacy: RosterPrivacy
  /// Custom roster columns (header text, compared case-insensitively) mapped to fields.
  public var rosterColumns: [String: RosterField]
  /// The moderator PIN as a salted hash; nil when no PIN is set.
  public var moderatorPIN: PINHash?
  /// Seconds without a key after which an attendee's unfinished input is discarded.
  public var idleTimeoutSeconds: Int
  /// How the open mic is shown and in which order people speak.
  public var openMic: OpenMicSettings

  public init(
    name: String, venue: String = "", start: Date? = nil, end: Date? = nil,
    timeZone: TimeZone = .current, agenda: [AgendaItem] = [], topics: [Topic] = [],
    rotation: [RotationStep] = EventConfig.defaultRotation, theme: String = "dark",
    privacy: RosterPrivacy = .consented, rosterColumns: [String: RosterField] = [:],
    moderatorPIN: PINHash? = nil, idleTimeoutSeconds: Int = 60, openMic: OpenMicSettings = OpenMicSettings()
  ) {
    self.name = name
    self.venue = venue
    self.start = start
    self.end = end
    self.timeZone = timeZone
    self.agenda = agenda
    self.topics = topics
    self.rotation = rotation
    self.theme = theme
    self.privacy = privacy
    self.rosterColumns = rosterColumns
    self.moderatorPIN = moderatorPIN
    self.idleTimeoutSeconds = idleTimeoutSeconds
    self.openMic = openMic
  }

  /// The rotation used when event.toml gives none.
  public static let defaultRotation: [RotationStep] = [
    RotationStep(screen: .cards, seconds: 20),
    RotationStep(screen: .wall, seconds: 30),
    RotationStep(screen: .tips, seconds: 12),
    RotationStep(screen: .openmic, seconds: 15),
  ]

  /// The agenda item running at `date` (the last one that has started), if any.
  public func agendaItem(at date: Date) -> AgendaItem? {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    return agenda.sorted { $0.minuteOfDay < $1.minuteOfDay }.last { $0.minuteOfDay <= minute }
  }
}
