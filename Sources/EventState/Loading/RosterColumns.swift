import Foundation

/// Decides which attendee field each roster column fills.
///
/// In order: the organizer's `[roster.columns]` mapping (header compared without case); the fixed
/// columns of the roster's format; a header that is a `RosterField` raw value (`show_card`, also written
/// `Show card`); then a guess from the wording of a custom question. Columns nothing applies to are
/// ignored (and listed as guessed `ignore`).
enum RosterColumns {
  /// A column's field and what decided it.
  struct Assignment: Equatable {
    /// What decided a column's field, in the order they are tried.
    enum Source: Equatable {
      /// `[roster.columns]` of event.toml.
      case configured
      /// A column every export of the format has.
      case fixed
      /// A header that is a field's name.
      case named
      /// The wording of a custom question (or nothing: then the column is ignored).
      case guessed
    }

    var field: RosterField
    var source: Source

    /// Whether the field was guessed from the header's wording.
    var guessed: Bool { source == .guessed }
  }

  /// The field of every header, in column order. Of `configured` keys that differ only in case, the
  /// first in sorted order is used (see `unusedKeys(of:)`).
  static func assign(headers: [String], format: RosterFormat, configured: [String: RosterField]) -> [Assignment] {
    let explicit = Dictionary(
      configured.sorted { $0.key < $1.key }.map { (normalized($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    let fixed = fixedColumns(of: format)
    return headers.map { header in
      let key = normalized(header)
      if let field = explicit[key] { return Assignment(field: field, source: .configured) }
      if let field = fixed[key] { return Assignment(field: field, source: .fixed) }
      if let field = RosterField(rawValue: key.replacingOccurrences(of: " ", with: "_")) {
        return Assignment(field: field, source: .named)
      }
      return Assignment(field: guess(key) ?? .ignore, source: .guessed)
    }
  }

  /// `[roster.columns]` keys that name the same column as another key (compared without case) and so
  /// are not used, each with the key that is.
  static func unusedKeys(of configured: [String: RosterField]) -> [(unused: String, used: String)] {
    var used: [String: String] = [:]
    return configured.keys.sorted().compactMap { key in
      let column = normalized(key)
      if let earlier = used[column] { return (key, earlier) }
      used[column] = key
      return nil
    }
  }

  /// Later columns that fill the same field as an earlier one, which a row reads only where the earlier
  /// column is empty (see `RosterRow`), each with that earlier column. Not listed: topics and check-in
  /// columns (every one is read), ignored columns, and columns that are all fixed columns of the format
  /// (Eventbrite's cell and work phone are meant that way).
  static func fallbacks(
    headers: [String], assignments: [Assignment]
  ) -> [(column: String, earlier: String, field: RosterField)] {
    let readFromAll: Set<RosterField> = [.ignore, .topics, .checkedIn]
    var first: [RosterField: Int] = [:]
    var fallbacks: [(column: String, earlier: String, field: RosterField)] = []
    for (index, assignment) in assignments.enumerated() where !readFromAll.contains(assignment.field) {
      guard let earlier = first[assignment.field] else {
        first[assignment.field] = index
        continue
      }
      if assignment.source == .fixed && assignments[earlier].source == .fixed { continue }
      fallbacks.append((headers[index], headers[earlier], assignment.field))
    }
    return fallbacks
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
}
