import EventState

/// An attendees.csv in mingle's own format for invented people, everyone consenting to be shown.
enum RosterCSV {
  /// The file's text for `count` people of `people`.
  static func text(count: Int, of people: SyntheticPeople) -> String {
    var writer = CSVWriter(protectsFormulas: false)
    writer.append(["name", "title", "company", "topics", "offer", "seek", "contact", "show_card", "share_contact"])
    for index in 0..<count {
      let person = people.person(index)
      writer.append([
        person.name, person.title, person.company, person.topics.joined(separator: ";"), person.offer, person.seek,
        person.contact, "yes", person.sharesContact ? "yes" : "no",
      ])
    }
    return writer.text
  }
}
