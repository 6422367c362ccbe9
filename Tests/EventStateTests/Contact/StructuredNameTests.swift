import EventState
import Testing

/// N's five components (family; given; additional; prefixes; suffixes) from a one-field name.
@Suite struct StructuredNameTests {
  @Test(arguments: [
    ("Amara Okafor", "Okafor;Amara;;;"),
    ("Fatima Zahra Benali", "Benali;Fatima;Zahra;;"),
    ("Victor Hugo Alves", "Alves;Victor;Hugo;;"),
    ("Ludwig van Beethoven", "van Beethoven;Ludwig;;;"),
    ("Johann Sebastian von der Heide", "von der Heide;Johann;Sebastian;;"),
    ("Tomás Ó Briain", "Ó Briain;Tomás;;;"),
    ("Eun-ji Park", "Park;Eun-ji;;;"),
    ("Dr. Ada Lovelace", "Lovelace;Ada;;Dr.;"),
    ("Prof Dr Marie Curie", "Curie;Marie;;Prof,Dr;"),
    ("Martin Luther King, Jr.", "King;Martin;Luther;;Jr."),
    ("Sammy Davis Jr. PhD", "Davis;Sammy;;;Jr.,PhD"),
    ("Okafor, Amara", "Okafor;Amara;;;"),
    ("Curie, Dr. Marie Salomea", "Curie;Marie;Salomea;Dr.;"),
    ("Madonna", ";Madonna;;;"),
    ("陈静", ";陈静;;;"),
    ("ليلى حداد", "حداد;ليلى;;;"),
    ("Dr.", ";Dr.;;;"),
    ("", ";;;;"),
    ("Grace O;Malley", "O\\;Malley;Grace;;;"),
  ])
  func splits(name: String, value: String) {
    #expect(StructuredName(name).value == value)
  }

  @Test func theValueAlwaysHasFiveComponents() {
    for name in ["Amara Okafor", "Madonna", "", "Dr. A B C D Jr."] {
      let unescapedSemicolons = StructuredName(name).value.split(separator: ";", omittingEmptySubsequences: false)
      #expect(unescapedSemicolons.count == 5, "\(name)")
    }
  }
}
