/// The kinds of attendee list mingle reads, told apart by their header names.
public enum RosterFormat: String, CaseIterable, Sendable {
  /// mingle's own columns, named after `RosterField` raw values (name, title, company, topics, …).
  case mingle
  /// An Eventbrite attendee report (Order #, First Name, Last Name, Attendee Status, …).
  case eventbrite
  /// A Luma guest export (api_id, name, first_name, approval_status, checked_in_at, …).
  case luma
  /// A Meetup attendee download (Name, Attendance, User ID, Title, RSVP, …).
  case meetup

  /// The format whose characteristic headers best match `headers` (compared without case); mingle's own
  /// when none matches.
  public static func detect(headers: [String]) -> RosterFormat {
    let present = Set(headers.map(RosterColumns.normalized))
    let scored = allCases.map { format in (format, format.signature.filter(present.contains).count) }
    let best = scored.max { $0.1 < $1.1 }
    return best.map { $0.1 > 0 ? $0.0 : .mingle } ?? .mingle
  }

  /// Headers that only this format uses (normalized).
  var signature: Set<String> {
    switch self {
    case .mingle: ["topics", "offer", "seek", "contact", "show_card", "share_contact", "role_and_company"]
    case .eventbrite:
      ["order #", "order date", "first name", "last name", "attendee status", "ticket type", "attendee #"]
    case .luma: ["api_id", "approval_status", "checked_in_at", "qr_code_url", "ticket_name", "custom_source"]
    case .meetup:
      ["attendance", "user id", "rsvp", "rsvped on", "url of member profile", "event host", "joined group on"]
    }
  }
}
