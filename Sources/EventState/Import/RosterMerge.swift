/// Merges an imported roster into the one already in the event folder.
///
/// An imported person is the same as an entry already there when both have the same email (without
/// case); when one of the two has no email (a Meetup download has none), when both have the same name
/// (compared by `NameKey.fold`: no case, accents or extra spaces), each entry there taken at most
/// once. A match is merged into the entry already there by `Attendee.fill(from:)`: its values stay,
/// the import fills what it left empty, topics are joined, and a "no" to a consent question in either
/// wins — so a re-import never turns a no into a yes (`--replace` starts from the import alone).
/// Everyone else is added after the people already there, in import order.
struct RosterMerge {
  /// The merged roster.
  private(set) var roster: [Attendee]
  /// Imported people merged into an entry that was already there.
  private(set) var merged = 0
  /// Imported people added as new entries.
  private(set) var added = 0

  /// `incoming` merged into `existing`.
  init(_ incoming: [Attendee], into existing: [Attendee]) {
    roster = existing
    var byEmail: [String: Int] = [:]
    var byName: [String: [Int]] = [:]
    for (index, person) in existing.enumerated() {
      if !person.email.isEmpty, byEmail[person.email.lowercased()] == nil { byEmail[person.email.lowercased()] = index }
      byName[NameKey.fold(person.name), default: []].append(index)
    }
    var taken: Set<Int> = []
    for person in incoming {
      let emailMatch = person.email.isEmpty ? nil : byEmail[person.email.lowercased()]
      let nameMatch = byName[NameKey.fold(person.name)]?.first { index in
        !taken.contains(index) && (person.email.isEmpty || existing[index].email.isEmpty)
      }
      if let index = emailMatch ?? nameMatch {
        taken.insert(index)
        roster[index].fill(from: person)
        merged += 1
      } else {
        roster.append(person)
        added += 1
      }
    }
  }
}
