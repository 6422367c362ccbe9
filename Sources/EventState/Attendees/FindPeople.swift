/// Find people: a query, the matching public cards, and the card opened large.
public struct FindPeople: Sendable, Hashable {
  public static let queryLimit = 40
  /// Most results listed.
  public static let resultLimit = 50

  public var query = TextInput(limit: FindPeople.queryLimit)
  /// Index into the results.
  public var selection = 0
  /// The id of the card opened with Enter.
  public var opened: String?

  public init() {}

  /// The public cards whose name, title, company, topics, offer or seek contain `query` (without
  /// case or accents). Everyone may be found only as far as they may be shown.
  public static func results(_ query: String, in people: [DisplayCard]) -> [DisplayCard] {
    guard !NameKey.fold(query).isEmpty else { return [] }
    return Array(
      people.lazy.filter { NameKey.matches(query, in: [$0.name, $0.title, $0.company, $0.offer, $0.seek] + $0.topics) }
        .prefix(resultLimit))
  }
}
