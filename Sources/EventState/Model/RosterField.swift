/// A field of an attendee that a roster column can fill.
public enum RosterField: String, Sendable, Hashable, CaseIterable {
  case name
  case firstName = "first_name"
  case lastName = "last_name"
  case title
  case company
  case roleAndCompany = "role_and_company"
  case topics
  case offer
  case seek
  case contact
  case email
  case phone
  case url
  case photo
  case showCard = "show_card"
  case shareContact = "share_contact"
  case checkedIn = "checked_in"
  /// The column is known and deliberately not used.
  case ignore
}
