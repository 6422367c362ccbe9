import Foundation

/// The cells of one roster record, each in the column of a field, turned into an `Attendee`.
///
/// When several columns fill the same field the first non-empty one wins (topics are collected from all).
/// The contact is the explicit contact column, else the URL (e.g. LinkedIn), else the email, else the
/// phone: whichever comes first is what the person's share-contact answer is about.
///
/// Every row of a file shares the file's headers and fields, and a field's cells are found by going
/// through the columns: a roster has a few dozen at most, and this costs far less than a table of cells
/// per row (an 11,000-row roster is read again on every edit while kiosks run).
struct RosterRow {
  /// The columns of a file, the same for each of its rows.
  struct Layout {
    /// The header of each column.
    let headers: [String]
    /// The field each column fills.
    let fields: [RosterField]
    /// Columns whose check-in is a time stamp (Luma's `checked_in_at`): any text there means checked in.
    let checkInTimes: Set<Int>

    /// The layout of columns with these headers filling these fields.
    init(headers: [String], fields: [RosterField]) {
      self.headers = headers
      self.fields = fields
      checkInTimes = Set(
        fields.indices.filter { fields[$0] == .checkedIn && RosterColumns.normalized(headers[$0]) == "checked_in_at" })
    }
  }

  /// Line the record starts on.
  let line: Int
  private let layout: Layout
  /// The cleaned text of each column: empty for ignored columns and cells the record lacks.
  private var texts: [String]

  /// A row starting at `line` of a file with these columns, every cell empty.
  init(line: Int, layout: Layout) {
    self.line = line
    self.layout = layout
    texts = Array(repeating: "", count: layout.fields.count)
  }

  /// Sets the cell of column `index` from its raw text; cells of ignored columns and cells beyond the
  /// header are not kept.
  mutating func set(_ raw: String, column index: Int) {
    guard index < layout.fields.count, layout.fields[index] != .ignore else { return }
    texts[index] = Sanitizer.line(raw)
  }

  /// The attendee, or nil when the row has no name; `problems` gets unreadable consent answers.
  func attendee(file: String, problems: inout [Problem]) -> Attendee? {
    var title = first(.title)
    var company = first(.company)
    let role = first(.roleAndCompany)
    if !role.isEmpty {
      let split = Self.splitRole(role)
      if title.isEmpty { title = split.title }
      if company.isEmpty { company = split.company }
    }
    var name = first(.name)
    if name.isEmpty { name = [first(.firstName), first(.lastName)].filter { !$0.isEmpty }.joined(separator: " ") }
    guard !name.isEmpty else { return nil }
    let email = first(.email)
    let contact = [first(.contact), first(.url), email, first(.phone)].first { !$0.isEmpty } ?? ""
    return Attendee(
      name: name, title: title, company: company, topics: topics, offer: first(.offer), seek: first(.seek),
      contact: contact, email: email, photo: first(.photo),
      showCard: consent(.showCard, file: file, problems: &problems),
      shareContact: consent(.shareContact, file: file, problems: &problems),
      checkedIn: checkedIn, line: line)
  }

  /// The first non-empty value of `field`, or "".
  private func first(_ field: RosterField) -> String {
    firstColumn(of: field, nonEmpty: true).map { texts[$0] } ?? ""
  }

  /// The first column of `field` (with `nonEmpty`, the first whose cell is not empty).
  private func firstColumn(of field: RosterField, nonEmpty: Bool = false) -> Int? {
    layout.fields.indices.first { layout.fields[$0] == field && !(nonEmpty && texts[$0].isEmpty) }
  }

  /// Topic ids from every topics column, split at `;` and `,`, lower-cased, without repeats.
  private var topics: [String] {
    var seen: Set<String> = []
    return layout.fields.indices.filter { layout.fields[$0] == .topics }
      .flatMap { texts[$0].split(whereSeparator: { $0 == ";" || $0 == "," }) }
      .map { Sanitizer.line(String($0)).lowercased() }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// A yes/no answer; nil when no column gives `field`. An answer that is neither is read as no and
  /// reported, since consent must be explicit.
  private func consent(_ field: RosterField, file: String, problems: inout [Problem]) -> Bool? {
    guard let column = firstColumn(of: field) else { return nil }
    let answered = firstColumn(of: field, nonEmpty: true) ?? column
    if let answer = ConsentAnswer.parse(texts[answered]) { return answer }
    problems.append(
      Problem(
        file: file, line: line,
        message: "unrecognized answer \"\(texts[answered])\" in column \"\(layout.headers[answered])\"; read as no",
        severity: .warning))
    return false
  }

  /// Checked in at the door: a time stamp (Luma's `checked_in_at`), Eventbrite's "Checked In" or a yes.
  private var checkedIn: Bool? {
    let columns = layout.fields.indices.filter { layout.fields[$0] == .checkedIn }
    guard !columns.isEmpty else { return nil }
    return columns.contains { index in
      if layout.checkInTimes.contains(index) { return !texts[index].isEmpty }
      return texts[index].lowercased() == "checked in" || ConsentAnswer.parse(texts[index]) == true
    }
  }

  /// "Founder at Lagos Cleantech" → ("Founder", "Lagos Cleantech"); also " @ " and " | "; text without
  /// a separator is all title.
  static func splitRole(_ text: String) -> (title: String, company: String) {
    for separator in [" at ", " @ ", " | "] {
      if let range = text.range(of: separator, options: .caseInsensitive) {
        let title = Sanitizer.line(String(text[..<range.lowerBound]))
        let company = Sanitizer.line(String(text[range.upperBound...]))
        if !title.isEmpty && !company.isEmpty { return (title, company) }
      }
    }
    return (text, "")
  }
}
