/// Writes attendees as attendees.csv in mingle's own format, which `RosterParser` reads back into the
/// same attendees.
///
/// Columns: `name,title,company,topics,offer,seek,contact,email,photo,show_card,share_contact`. Topics
/// are joined with `;`; `email` is kept so that a later import can merge by it. Consent is written as
/// `yes`, `no` (an unanswered question was read as no), or an empty cell for someone who came from a
/// file without the question — never turned into a yes. A consent column no file asked about is left
/// out altogether: a missing column reads back as "not asked", which the `all` privacy policy treats
/// differently from "no".
///
/// Values are written as they are (no spreadsheet formula protection), so that they round-trip.
enum RosterEncoder {
  /// The file's text for `attendees`, in their order.
  static func csv(_ attendees: [Attendee]) -> String {
    let consentColumns: [(header: String, answer: KeyPath<Attendee, Bool?>)] = [
      ("show_card", \.showCard), ("share_contact", \.shareContact),
    ].filter { column in attendees.contains { $0[keyPath: column.answer] != nil } }
    var writer = CSVWriter(protectsFormulas: false)
    writer.append(textColumns.map(\.header) + consentColumns.map(\.header))
    for person in attendees {
      let texts = textColumns.map { $0.value(person) }
      let answers = consentColumns.map { column in
        person[keyPath: column.answer].map { $0 ? "yes" : "no" } ?? ""
      }
      writer.append(texts + answers)
    }
    return writer.text
  }

  /// The text columns, in file order, with how each is read from an attendee.
  private static let textColumns: [(header: String, value: @Sendable (Attendee) -> String)] = [
    ("name", \.name), ("title", \.title), ("company", \.company), ("topics", { $0.topics.joined(separator: ";") }),
    ("offer", \.offer), ("seek", \.seek), ("contact", \.contact), ("email", \.email), ("photo", \.photo),
  ]
}
