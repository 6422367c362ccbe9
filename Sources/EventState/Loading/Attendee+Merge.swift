extension Attendee {
  /// Fills this entry's empty fields from `later` (a second row of the same person): texts that are
  /// empty and answers that are missing; topics are joined. Where both rows answer, a consent stays yes
  /// only if both say yes (a "no" in either row wins), and checked in is yes if either row says so.
  mutating func fill(from later: Attendee) {
    for path in [\Attendee.name, \.title, \.company, \.offer, \.seek, \.contact, \.email, \.photo]
    where self[keyPath: path].isEmpty {
      self[keyPath: path] = later[keyPath: path]
    }
    for path in [\Attendee.showCard, \.shareContact] {
      switch (self[keyPath: path], later[keyPath: path]) {
      case (nil, let answer): self[keyPath: path] = answer
      case (let answer?, let other?): self[keyPath: path] = answer && other
      case (_?, nil): break
      }
    }
    if later.checkedIn == true || checkedIn == nil { checkedIn = later.checkedIn ?? checkedIn }
    topics += later.topics.filter { !topics.contains($0) }
  }
}
