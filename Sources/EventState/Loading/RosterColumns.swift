import Foundation

/// Decides which attendee field each roster column fills.
///
/// In order: the organizer's `[roster.columns]` mapping (header compared without case); the fixed
/// columns of the roster's format; a header that is a `RosterField` raw value (`show_card`, also written
/// `Show card`); then a guess from the wording of a custom question. Columns nothing applies to are
/// ignored (and listed as guessed `ignore`).
enum RosterColumns {
  /// A column's field and whether it was guessed.
  struct Assignment: Equatable {
    var field: RosterField
    var guessed: Bool
  }

  /// The field of every header, in column order.
  static func assign(headers: [String], format: RosterFormat, configured: [String: RosterField]) -> [Assignment] {
    let explicit = Dictionary(configured.map { (normalized($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    return headers.map { header in
      let key = normalized(header)
      if let field = explicit[key] { return Assignment(field: field, guessed: false) }
      if let field = fixedColumns(of: format)[key] { return Assignment(field: field, guessed: false) }
      if let field = RosterField(rawValue: key.replacingOccurrences(of: " ", with: "_")) {
        return Assignment(field: field, guessed: false)
      }
      return Assignment(field: guess(key) ?? .ignore, guessed: true)
    }
  }

  /// Lower case, cleaned, white space folded: how headers are compared.
  static func normalized(_ header: String) -> String { Sanitizer.line(header).lowercased() }

  /// The columns each export always has, by normalized header.
  static func fixedColumns(of format: RosterFormat) -> [String: RosterField] {
    switch format {
    case .mingle:
      return [:]
    case .eventbrite:
      var columns: [String: RosterField] = [
        "first name": .firstName, "last name": .lastName, "email": .email, "attendee status": .checkedIn,
        "job title": .title, "company": .company, "cell phone": .phone, "work phone": .phone, "website": .url,
      ]
      for ignored in [
        "order #", "order date", "quantity", "price tier", "ticket type", "attendee #", "group", "order type",
        "currency", "total paid", "fees paid", "eventbrite fees", "eventbrite payment processing",
        "home address 1", "home address 2", "home city", "home state", "home zip", "home country",
        "work address 1", "work address 2", "work city", "work state", "work zip", "work country",
        "home phone", "gender", "age", "birth date", "blog", "prefix", "suffix", "barcode #", "buyer first name",
        "buyer last name", "buyer email", "device name", "check-in date",
      ] {
        columns[ignored] = .ignore
      }
      return columns
    case .luma:
      var columns: [String: RosterField] = [
        "name": .name, "first_name": .firstName, "last_name": .lastName, "email": .email,
        "phone_number": .phone, "checked_in_at": .checkedIn,
      ]
      for ignored in [
        "api_id", "created_at", "approval_status", "custom_source", "qr_code_url", "amount", "amount_tax",
        "amount_discount", "currency", "coupon_code", "eth_address", "solana_address", "survey_response_rating",
        "survey_response_feedback", "ticket_type_id", "ticket_name", "user_api_id", "user_name", "user_email",
        "user_first_name", "user_last_name",
      ] {
        columns[ignored] = .ignore
      }
      return columns
    case .meetup:
      var columns: [String: RosterField] = [
        "name": .name, "attendance": .checkedIn, "title": .title, "url of member profile": .url,
      ]
      for ignored in ["user id", "event host", "rsvp", "guests", "rsvped on", "joined group on", "notes"] {
        columns[ignored] = .ignore
      }
      return columns
    }
  }

  /// A field for a custom question, from its wording (`header` normalized); nil when nothing fits.
  static func guess(_ header: String) -> RosterField? {
    func has(_ words: String...) -> Bool { words.contains { header.contains($0) } }
    if has("role and company", "role & company", "role at company", "title and company") { return .roleAndCompany }
    if has("save", "share") && has("contact") { return .shareContact }
    if has("show", "display", "appear") && has("screen", "profile", "display", "wall") { return .showCard }
    if has("linkedin", "website", "url", "homepage", "portfolio") { return .url }
    if has("help", "offer") { return .offer }
    if has("looking for", "seek", "hoping to meet", "want to meet") { return .seek }
    if has("topic", "interest") { return .topics }
    if has("e-mail", "email") { return .email }
    if has("phone", "mobile") { return .phone }
    if has("photo", "picture", "avatar") { return .photo }
    if has("job title", "position", "role") { return .title }
    if has("company", "organization", "organisation", "employer") { return .company }
    if has("contact") { return .contact }
    if has("first name", "given name") { return .firstName }
    if has("last name", "surname", "family name") { return .lastName }
    if has("name") { return .name }
    return nil
  }
}
