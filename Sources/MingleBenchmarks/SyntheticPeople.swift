/// Invented attendees for the benchmark's event: deterministic, every name distinct, every contact on
/// an `.example` domain, a mix of one and two topics and of consents.
struct SyntheticPerson: Equatable {
  var name: String
  var title: String
  var company: String
  var topics: [String]
  var offer: String
  var seek: String
  var contact: String
  /// Whether the person agreed to share the contact (every third does).
  var sharesContact: Bool
}

/// Makes `SyntheticPerson`s: the `index`-th person of a batch is always the same person.
struct SyntheticPeople {
  /// The topic ids people choose from (the demo event's).
  let topicIDs: [String]
  /// Told apart from other batches in the name's middle part, so that two batches never share a name.
  let batch: Int

  /// The `index`-th person: 40 first names × 25 family names × a batch-specific middle part, so
  /// names are distinct within and across batches.
  func person(_ index: Int) -> SyntheticPerson {
    let first = Self.firstNames[index % Self.firstNames.count]
    let family = Self.familyNames[(index / Self.firstNames.count) % Self.familyNames.count]
    let middle = "\(Self.initials[batch % Self.initials.count])\(index / (Self.firstNames.count * Self.familyNames.count) + 1)"
    let topic = topicIDs[index % topicIDs.count]
    let second = topicIDs[(index / 2 + 1) % topicIDs.count]
    return SyntheticPerson(
      name: "\(first) \(middle). \(family)",
      title: Self.titles[index % Self.titles.count],
      company: "\(family) \(Self.companySuffixes[index % Self.companySuffixes.count])",
      topics: index % 2 == 0 || second == topic ? [topic] : [topic, second],
      offer: Self.offers[index % Self.offers.count],
      seek: Self.seeks[(index / 3) % Self.seeks.count],
      contact: "\(first.lowercased()).\(family.lowercased()).\(batch)-\(index)@people.example",
      sharesContact: index % 3 == 0)
  }

  static let firstNames = [
    "Amara", "Jonas", "Zoe", "Jing", "Layla", "Soren", "Gosia", "Jose", "Priya", "Lukas",
    "Aicha", "Tomas", "Hannah", "Kwame", "Elif", "Mateo", "Ingrid", "Rahul", "Chiara", "Noah",
    "Emilie", "Dmitri", "Fatima", "Ben", "Sofia", "Yuki", "Olu", "Marta", "Kenji", "Ana",
    "Pedro", "Mei", "Omar", "Greta", "Ravi", "Lena", "Tariq", "Nina", "Felix", "Ada",
  ]
  static let familyNames = [
    "Okafor", "Weiss", "Martin", "Chen", "Haddad", "Lindqvist", "Nowak", "Ramirez", "Raman", "Becker",
    "Diallo", "Briain", "Schulz", "Mensah", "Yilmaz", "Rossi", "Johansson", "Mehta", "Bianchi", "Fischer",
    "Laurent", "Volkov", "Benali", "Carter", "Herrera",
  ]
  static let initials = ["A", "B", "C", "D", "E", "F", "G", "H"]
  static let titles = ["Founder", "CTO", "Partner", "Product Designer", "Engineer", "Counsel", "Recruiter", "Analyst"]
  static let companySuffixes = ["Labs", "Ventures", "Energy", "Systems", "Studio", "Partners"]
  static let offers = [
    "Introductions to solar installers", "Term sheet reviews", "Design reviews and usability tests",
    "Embedded Rust and heat pump controls", "Salary benchmarks for climate roles", "Forecasting models for solar output",
  ]
  static let seeks = [
    "Seed investors who know hardware", "A technical co-founder", "Pilot customers in Europe",
    "Two firmware engineers", "A climate startup to join",
  ]
}
