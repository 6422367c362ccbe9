import EventState

/// `r`: the personal code typed into four slots ("A B _ _") with any problem under them (a wrong
/// code, too many tries), then the card large with "e edit · d delete", then "Delete your card?".
public struct ManageCardView: View {
  /// Where the flow is.
  public var manage: ManageCard
  /// The event's topics, to name the card's topic.
  public var topics: [Topic]

  /// The view of `manage` in an event with `topics`.
  public init(manage: ManageCard, topics: [Topic]) {
    self.manage = manage
    self.topics = topics
  }

  /// What the flow is called, above each of its screens.
  static let title = "Edit or remove your card"

  /// The code typed so far in its slots, upper case, "_" for each letter still to come: "A B _ _".
  public var slots: String {
    let typed = manage.code.text.uppercased().map(String.init)
    return (typed + Array(repeating: "_", count: max(0, PersonalCode.length - typed.count))).joined(separator: " ")
  }

  /// `card` as the screens would show it: its topic by title, the contact only if it is shared.
  func shown(_ card: PinnedCard) -> DisplayCard {
    let topic = topics.first { $0.id == card.topicID }?.title ?? card.topicID
    return DisplayCard(
      id: "card:\(card.id)", name: card.name, title: card.title, company: card.company, topics: [topic], offer: card.offer,
      seek: card.seek, contact: card.shareContact && !card.contact.isEmpty ? card.contact : nil, isPinned: true)
  }

  /// The consent answers of `card` in words.
  func consent(_ card: PinnedCard) -> [[Span]] {
    let shown = card.showCard ? (card.hidden ? "No (hidden by the organisers)" : "Yes") : "No"
    return ConsentLines.lines(shown: shown, contactShared: card.shareContact && !card.contact.isEmpty)
  }

  /// The screens for typing the code, best first: question and slots in block letters, then the
  /// slots alone, then plain text.
  func codeScreens(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let heading = FlowHeading(progress: Self.title, question: "Your personal code", detail: "The 4 letters you got when you pinned your card")
    let problem = FlowPiece.problem(manage.error, width: width)
    let bigSlots = BigText.everySize(slots, role: .paneCount, width: width, maxLines: 1, glyphs: glyphs).map { [FlowPiece.big($0)] }
    let plainSlots = [FlowPiece.lines([[Span(slots, .paneCount)]])]
    let headings = heading.variants(width: width, glyphs: glyphs)
    let plainHeading = headings.last ?? []
    let big = zip(headings.dropLast(), bigSlots).map { $0 + [.gap(1)] + $1 }
    let smallHeading = bigSlots.map { plainHeading + [.gap(1)] + $0 }
    return (big + smallHeading + [plainHeading + [.gap(1)] + plainSlots]).map { $0 + [.gap(1), problem] }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let width = FlowColumn.width(in: area)
    let top: [FlowPiece] = [.paragraph(Self.title, .muted, width: width), .gap(1)]
    let screens: [[FlowPiece]]
    switch manage.stage {
    case .code:
      screens = codeScreens(width: width, glyphs: glyphs)
    case .card(let card):
      let keys: [Span] = [Span("e", .paneCount), Span(" edit \(glyphs.separator) ", .text), Span("d", .paneCount), Span(" delete", .text)]
      let below: [FlowPiece] = [.gap(1), .lines(consent(card)), .gap(1), .lines([keys])]
      screens = LargeCard.variants(shown(card), width: width, glyphs: glyphs).map { top + $0 + below }
    case .confirmDelete(let card):
      let heading = FlowHeading(progress: "\(card.name) \(glyphs.separator) \(shown(card).topics.joined())", question: "Delete your card?", role: .warning)
      let body: [FlowPiece] = [
        .paragraph("Your name and details are removed from the event.", .text, width: width),
        .gap(1),
        .lines([[Span("y", .paneCount), Span(" / ", .text), Span("n", .paneCount)]]),
      ]
      screens = heading.screens(over: body, width: width, glyphs: glyphs)
    }
    FlowColumn.best(screens, in: area, glyphs: glyphs).render(in: area, into: &buffer, context: context)
  }
}
