import EventState

/// One person at a time, large: the name in block letters when it fits, title · company, topics, what
/// they can help with and are looking for, and, when they shared their contact, its QR code (beside
/// the text on a wide screen, under it on a tall one) with the contact written below. Where the code
/// does not fit whole the contact is written instead. A new person comes up every `secondsPerPerson`,
/// continuing between visits of the screen.
public struct SpotlightScreen: View {
  /// Everyone who may be shown, in the order the directory gives.
  public var people: [DisplayCard]
  /// How many times the screen has come up (1 the first time).
  public var visit: Int
  /// How long the screen stays up per visit.
  public var screenSeconds: Int
  /// Makes the QR codes of shared contacts; nil writes contacts as text.
  public var qrCodes: QRCodeProvider?

  /// The spotlight on `people` on the `visit`-th showing of a screen that stays up `screenSeconds`.
  public init(people: [DisplayCard], visit: Int, screenSeconds: Int, qrCodes: QRCodeProvider? = nil) {
    self.people = people
    self.visit = visit
    self.screenSeconds = screenSeconds
    self.qrCodes = qrCodes
  }

  static let secondsPerPerson = 10.0
  /// Widest plain text line, so long offers stay readable.
  static let maxTextWidth = 72
  /// Narrowest the text beside a code may get.
  static let minTextWidth = 30

  /// Index in `people` of the person shown `elapsed` seconds into the screen.
  public func index(elapsed: Double) -> Int {
    Paging(itemCount: people.count, perPage: 1)
      .page(elapsed: elapsed, secondsPerPage: Self.secondsPerPerson, visit: visit, screenSeconds: screenSeconds)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let (titleRow, rest) = area.splitTop(1)
    let content = rest.inset(dx: rest.width >= 60 ? 2 : 0, dy: rest.height >= 12 ? 1 : 0)
    let title = [Span("Spotlight", .paneTitle)]
    guard !people.isEmpty else {
      ScreenTitleBar(title: title).render(in: titleRow, into: &buffer, context: context)
      CenteredMessage([
        Span("No one in the spotlight yet", .paneTitle),
        Span("Everyone who agrees to be shown appears here.", .muted),
      ]).render(in: content, into: &buffer, context: context)
      return
    }
    let index = index(elapsed: context.screenElapsed)
    ScreenTitleBar(title: title, status: [Span("Person \(index + 1) of \(people.count)", .paneCount)])
      .render(in: titleRow, into: &buffer, context: context)
    let card = people[index]
    let glyphs = context.glyphs
    if let placement = codePlacement(card, in: content, glyphs: glyphs) {
      info(card, in: placement.text, glyphs: glyphs).render(in: placement.text, into: &buffer, context: context)
      placement.renderCode(of: card, into: &buffer, context: context)
    } else if let contact = card.contact {
      let lines = TextFitting.wrap(contact, to: content.width, maxLines: 2, ellipsis: glyphs.ellipsis).count
      let (text, below) = content.splitBottom(lines + 1)
      info(card, in: text, glyphs: glyphs).render(in: text, into: &buffer, context: context)
      QRCodeView(matrix: nil, contact: contact).render(in: below.splitTop(1).rest, into: &buffer, context: context)
    } else {
      info(card, in: content, glyphs: glyphs).render(in: content, into: &buffer, context: context)
    }
  }

  /// Where `card`'s code goes in `area`: beside the text when it keeps `minTextWidth` columns, else
  /// under the text when the plainest text still fits above; nil without a provider or a fitting code.
  func codePlacement(_ card: DisplayCard, in area: Rect, glyphs: GlyphSet) -> ContactCodePlacement? {
    guard let qrCodes else { return nil }
    return ContactCodePlacement.beside(card, in: area, minTextWidth: Self.minTextWidth, provider: qrCodes, glyphs: glyphs)
      ?? ContactCodePlacement.below(
        card, in: area, textHeight: plainInfo(card, width: area.width, glyphs: glyphs).height, provider: qrCodes, glyphs: glyphs)
  }

  /// The person's text that fits `area` best: the name in the largest block letters that leave room
  /// for the rest (when the font has all its letters), else everything plain (cut to the area when
  /// even that is too tall).
  func info(_ card: DisplayCard, in area: Rect, glyphs: GlyphSet) -> VerticalStack {
    let details = detailLines(card, width: min(area.width, Self.maxTextWidth), glyphs: glyphs)
    let drawable = card.name.allSatisfy { $0 == " " || BigFont.key(for: $0) != nil }
    for size in BigText.sizes(for: glyphs) where drawable {
      guard let name = BigText.wrapped(card.name, size: size, role: .cardName, width: area.width, maxLines: 2) else { continue }
      let stack = VerticalStack([.big(name), .gap(1)] + details)
      if stack.fits(area) { return stack }
    }
    let plain = plainInfo(card, width: area.width, glyphs: glyphs)
    guard !plain.fits(area) else { return plain }
    let lines = plain.pieces.flatMap { piece -> [[Span]] in
      if case .lines(let lines) = piece { return lines }
      if case .gap(let rows) = piece { return Array(repeating: [], count: rows) }
      return []
    }
    return VerticalStack([.lines(Array(lines.prefix(area.height)))])
  }

  /// The person's text with the name in plain letters.
  func plainInfo(_ card: DisplayCard, width: Int, glyphs: GlyphSet) -> VerticalStack {
    let name = TextFitting.wrap(card.name, to: width, maxLines: 2, ellipsis: glyphs.ellipsis).map { [Span($0, .cardName)] }
    return VerticalStack([.lines(name), .gap(1)] + detailLines(card, width: min(width, Self.maxTextWidth), glyphs: glyphs))
  }

  /// Title · company, topics, then what the person can help with and is looking for, wrapped to `width`.
  func detailLines(_ card: DisplayCard, width: Int, glyphs: GlyphSet) -> [VerticalStack.Piece] {
    var lines: [[Span]] = []
    let role = card.role(glyphs: glyphs)
    if !role.isEmpty { lines += TextFitting.wrap(role, to: width).map { [Span($0, .cardRole)] } }
    if !card.topics.isEmpty {
      lines += TextFitting.wrap(card.topics.joined(separator: " \(glyphs.separator) "), to: width).map { [Span($0, .cardTopic)] }
    }
    var wishes: [[Span]] = []
    let view = CardView(card: card)
    if !card.offer.isEmpty { wishes += view.labelled("Can help:", card.offer, role: .cardOffer, width: width) }
    if !card.seek.isEmpty { wishes += view.labelled("Looking for:", card.seek, role: .cardSeek, width: width) }
    return [.lines(lines)] + (wishes.isEmpty ? [] : [.gap(1), .lines(wishes)])
  }
}
