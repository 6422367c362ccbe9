/// How long the vCards are of those in a list of cards who share their contact, worked out once when
/// the list is made. A QR code grows with the length of its text, so a screen can tell which codes fit
/// its room from these numbers, building only the few vCards it tries instead of every sharer's vCard
/// on every frame.
public struct SharedContacts: Sendable, Hashable {
  /// The UTF-8 lengths of one person's vCards.
  public struct Lengths: Sendable, Hashable {
    /// Of the full vCard.
    public let full: Int
    /// Of the essentials (the shorter one).
    public let essentials: Int

    /// The lengths of `card`'s vCards; nil when it shares no contact.
    public init?(card: DisplayCard) {
      guard card.contact?.isEmpty == false, let full = VCard(card: card), let essentials = VCard(card: card, detail: .essentials) else {
        return nil
      }
      self.init(full: full.text.utf8.count, essentials: essentials.text.utf8.count)
    }

    /// Lengths known already.
    init(full: Int, essentials: Int) {
      self.full = full
      self.essentials = essentials
    }
  }

  /// Someone in the list who shares their contact.
  public struct Sharer: Sendable, Hashable {
    /// Where the card is in the list.
    public let index: Int
    public let lengths: Lengths

    /// The card at `index` of the list, whose vCards have `lengths`.
    public init(index: Int, lengths: Lengths) {
      self.index = index
      self.lengths = lengths
    }
  }

  /// A vCard length that occurs in the list, with a card and detail whose vCard has it.
  public struct Text: Sendable, Hashable {
    public let length: Int
    /// Where the card is in the list.
    public let index: Int
    public let detail: VCard.Detail
  }

  /// Everyone in the list who shares a contact, in list order.
  public let sharers: [Sharer]
  /// Every length a sharer's vCard has, each once, longest first.
  public let texts: [Text]

  /// The sharers of `cards`. `known` gives lengths already worked out, by card id (a card on the wall
  /// is also among the people), so that no vCard is built twice.
  public init(_ cards: [DisplayCard], known: [String: Lengths] = [:]) {
    self.init(
      sharers: cards.indices.compactMap { index in
        let card = cards[index]
        guard card.contact?.isEmpty == false, let lengths = known[card.id] ?? Lengths(card: card) else { return nil }
        return Sharer(index: index, lengths: lengths)
      })
  }

  /// The list whose sharers are `sharers` (in list order), with lengths worked out elsewhere, such
  /// as kept per card in a directory's memo.
  public init(sharers: [Sharer]) {
    self.sharers = sharers
    var seen: [Int: Text] = [:]
    for sharer in sharers {
      seen[sharer.lengths.full] = seen[sharer.lengths.full] ?? Text(length: sharer.lengths.full, index: sharer.index, detail: .full)
      seen[sharer.lengths.essentials] = seen[sharer.lengths.essentials]
        ?? Text(length: sharer.lengths.essentials, index: sharer.index, detail: .essentials)
    }
    texts = seen.values.sorted { $0.length > $1.length }
  }

  /// The lengths of every sharer's vCards by card id, for `init(_:known:)` of another list of the
  /// same cards.
  public func lengthsByID(in cards: [DisplayCard]) -> [String: Lengths] {
    Dictionary(sharers.map { (cards[$0.index].id, $0.lengths) }, uniquingKeysWith: { first, _ in first })
  }
}
