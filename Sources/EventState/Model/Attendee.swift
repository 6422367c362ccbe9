/// One person of the roster, as read from attendees.csv (already sanitized).
public struct Attendee: Sendable, Hashable {
  public var name: String
  public var title: String
  public var company: String
  /// Topic ids this person is interested in.
  public var topics: [String]
  /// "I can help with".
  public var offer: String
  /// "I'm looking for".
  public var seek: String
  /// Email, phone or URL the person may share (see `shareContact`).
  public var contact: String
  /// Email used to merge duplicate rows; never shown unless it is also the shared contact.
  public var email: String
  public var photo: String
  /// The roster's consent answer to being shown on the screens; nil when the roster has no such column.
  public var showCard: Bool?
  /// The roster's consent answer to sharing the contact; nil when the roster has no such column.
  public var shareContact: Bool?
  /// Checked in at the door, when the roster says so.
  public var checkedIn: Bool?
  /// Line of the roster file the entry starts on (for messages).
  public var line: Int

  public init(
    name: String, title: String = "", company: String = "", topics: [String] = [],
    offer: String = "", seek: String = "", contact: String = "", email: String = "",
    photo: String = "", showCard: Bool? = nil, shareContact: Bool? = nil, checkedIn: Bool? = nil,
    line: Int = 0
  ) {
    self.name = name
    self.title = title
    self.company = company
    self.topics = topics
    self.offer = offer
    self.seek = seek
    self.contact = contact
    self.email = email
    self.photo = photo
    self.showCard = showCard
    self.shareContact = shareContact
    self.checkedIn = checkedIn
    self.line = line
  }
}
