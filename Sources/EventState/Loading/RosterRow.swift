import Foundation

/// The cells of one roster record, sorted by the field they fill, turned into an `Attendee`.
///
/// When several columns fill the same field the first non-empty one wins (topics are collected from all).
/// The contact is the explicit contact column, else the URL (e.g. LinkedIn), else the email, else the
/// phone: whichever comes first is what the person's share-contact answer is about.
struct RosterRow {
  /// A cell's cleaned text and the header of its column.
  struct Cell {
    var text: String
    var column: String
  }

  private var cells: [RosterField: [Cell]] = [:]
  /// Line the record starts on.
  let line: Int

  /// An empty row starting at `line`.
  init(line: Int) { self.line = line }

  /// Adds the raw text of a cell of `column` that fills `field`.
  mutating func add(_ raw: String, column: String, field: RosterField) {
    guard field != .ignore else { return }
    cells[field, default: []].append(Cell(text: Sanitizer.line(raw), column: column))
  }

  /// The attendee, or nil when the row has no name; `problems` gets unreadable consent answers.
  func attendee(file: String, problems: inout [Problem]) -> Attendee? {
    var title = first(.title)
    var company = first(.company)
    if let role = cells[.roleAndCompany]?.first(where: { !$0.text.isEmpty }) {
      let split = Self.splitRole(role.text)
      if title.isEmpty { title = split.title }
      if company.isEmpty { company = split.company }
    }
    let fullName = [first(.firstName), first(.lastName)].filter { !$0.isEmpty }.joined(separator: " ")
    let name = first(.name).isEmpty ? fullName : first(.name)
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
    cells[field]?.first { !$0.text.isEmpty }?.text ?? ""
  }

  /// Topic ids from every topics column, split at `;` and `,`, lower-cased, without repeats.
  private var topics: [String] {
    var seen: Set<String> = []
    return (cells[.topics] ?? []).flatMap { $0.text.split(whereSeparator: { $0 == ";" || $0 == "," }) }
      .map { Sanitizer.line(String($0)).lowercased() }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// A yes/no answer; nil when no column gives `field`. An answer that is neither is read as no and
  /// reported, since consent must be explicit.
  private func consent(_ field: RosterField, file: String, problems: inout [Problem]) -> Bool? {
    guard let column = cells[field] else { return nil }
    let answered = column.first { !$0.text.isEmpty } ?? column[0]
    if let answer = ConsentAnswer.parse(answered.text) { return answer }
    problems.append(
      Problem(
        file: file, line: line,
        message: "unrecognized answer \"\(answered.text)\" in column \"\(answered.column)\"; read as no",
        severity: .warning))
    return false
  }

  /// Checked in at the door: a time stamp (Luma's `checked_in_at`), Eventbrite's "Checked In" or a yes.
  private var checkedIn: Bool? {
    guard let column = cells[.checkedIn] else { return nil }
    return column.contains { cell in
      let value = cell.text.lowercased()
      if RosterColumns.normalized(cell.column) == "checked_in_at" { return !value.isEmpty }
      return value == "checked in" || ConsentAnswer.parse(value) == true
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
