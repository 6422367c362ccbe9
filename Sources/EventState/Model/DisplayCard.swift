/// A card as it may appear on the public screens: only what its owner agreed to show.
public struct DisplayCard: Sendable, Hashable, Identifiable {
  /// `card:<id>` for pinned cards, `roster:<line>` for roster entries.
  public var id: String
  public var name: String
  public var title: String
  public var company: String
  /// Titles of the topics the card belongs to.
  public var topics: [String]
  public var offer: String
  public var seek: String
  /// Present only when the owner agreed to share it.
  public var contact: String?
  /// Pinned by the attendee at the kiosk (rather than read from the roster).
  public var isPinned: Bool

  public init(
    id: String, name: String, title: String = "", company: String = "", topics: [String] = [],
    offer: String = "", seek: String = "", contact: String? = nil, isPinned: Bool = false
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.company = company
    self.topics = topics
    self.offer = offer
    self.seek = seek
    self.contact = contact
    self.isPinned = isPinned
  }

  /// Up to two initials for the avatar ("Ada Lovelace" → "AL").
  public var initials: String {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0.first?.isLetter == true }
    let picked = words.count > 1 ? [words.first!, words.last!] : Array(words.prefix(1))
    return picked.compactMap { $0.first.map { String($0).uppercased() } }.joined()
  }
}
