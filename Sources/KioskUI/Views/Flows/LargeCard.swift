import EventState

/// A card shown large for the person at the keyboard: the name in block letters when it fits,
/// then role, topics, what they can help with and look for, and the contact only when it is shared
/// (`DisplayCard.contact` is nil otherwise) and no code next to the card shows it.
enum LargeCard {
  /// Widest the card's text lines get.
  static let textWidth = 72

  /// The card's pieces for a column `width` wide, largest name first; without the contact when
  /// `writesContact` is false (its code shows it).
  static func variants(_ card: DisplayCard, width: Int, glyphs: GlyphSet, writesContact: Bool = true) -> [[FlowPiece]] {
    let textWidth = min(width, Self.textWidth)
    var details: [FlowPiece] = []
    let role = card.role(glyphs: glyphs)
    if !role.isEmpty { details.append(.paragraph(role, .cardRole, width: textWidth)) }
    if !card.topics.isEmpty { details.append(.paragraph(card.topics.joined(separator: " \(glyphs.separator) "), .cardTopic, width: textWidth)) }
    let view = CardView(card: card)
    var more: [[Span]] = []
    if !card.offer.isEmpty { more += view.labelled("Can help:", card.offer, role: .cardOffer, width: textWidth) }
    if !card.seek.isEmpty { more += view.labelled("Looking for:", card.seek, role: .cardSeek, width: textWidth) }
    if writesContact, let contact = card.contact { more += TextFitting.wrap(contact, to: textWidth).map { [Span($0, .cardContact)] } }
    if !more.isEmpty { details += [.gap(1), .lines(more)] }
    let names = BigText.everySize(card.name, role: .cardName, width: width, maxLines: 2, glyphs: glyphs).map { [FlowPiece.big($0), .gap(1)] }
    return (names + [[.paragraph(card.name, .cardName, width: textWidth)]]).map { $0 + details }
  }
}
