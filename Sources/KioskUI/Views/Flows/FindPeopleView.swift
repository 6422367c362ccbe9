import EventState

/// Find people: the search box with the results updating as they type (name, role, topics; the
/// chosen one highlighted), and the chosen card large once opened. Only public cards are searched,
/// and a contact appears only when its owner shared it: as its QR code beside the card (under it on
/// a tall screen) when the whole code fits, written out otherwise.
public struct FindPeopleView: View {
  /// The search and what is opened.
  public var find: FindPeople
  /// The public cards searched (as `FindPeople.results` is given them).
  public var people: [DisplayCard]
  /// Makes the QR codes of shared contacts; nil writes contacts as text.
  public var qrCodes: QRCodeProvider?

  /// The view of `find` over `people`, drawing contact codes with `qrCodes` when given.
  public init(find: FindPeople, people: [DisplayCard], qrCodes: QRCodeProvider? = nil) {
    self.find = find
    self.people = people
    self.qrCodes = qrCodes
  }

  /// Result rows asked for.
  static let resultRows = 10
  /// Narrowest the opened card's text beside its code gets.
  static let minTextWidth = 30

  /// The results of the query, as the reducer sees them.
  var results: [DisplayCard] { FindPeople.results(find.query.text, in: people) }

  /// The opened card, when it is still public.
  var openedCard: DisplayCard? { find.opened.flatMap { id in people.first { $0.id == id } } }

  /// The results as a list to choose from: "Ada Quill — Partner · Northwind · For investors".
  func resultChoices(glyphs: GlyphSet) -> ChoiceList {
    let separator = " \(glyphs.separator) "
    let items = results.map { card -> [Span] in
      let role = card.role(glyphs: glyphs)
      return [Span(card.name, .cardName)]
        + (role.isEmpty ? [] : [Span(" \(glyphs.dash) ", .muted), Span(role, .cardRole)])
        + (card.topics.isEmpty ? [] : [Span(separator + card.topics.joined(separator: separator), .cardTopic)])
    }
    let empty = NameKey.fold(find.query.text).isEmpty
      ? "Type part of a name, company, topic\(glyphs.ellipsis)" : "No one matches"
    return ChoiceList(items: items, selected: items.isEmpty ? nil : find.selection, rows: Self.resultRows, empty: [Span(empty, .muted)])
  }

  /// What is above an opened card.
  func openedHeading(width: Int) -> [FlowPiece] {
    [.paragraph("Find people", .muted, width: width), .gap(1)]
  }

  /// The screens of the opened `card` in a column `width` wide, largest name first; without the
  /// contact when `writesContact` is false.
  func openedScreens(_ card: DisplayCard, width: Int, glyphs: GlyphSet, writesContact: Bool = true) -> [[FlowPiece]] {
    LargeCard.variants(card, width: width, glyphs: glyphs, writesContact: writesContact).map { openedHeading(width: width) + $0 }
  }

  /// Where the opened `card`'s contact code goes in `area`: beside the card's text when the text
  /// keeps `minTextWidth` columns and fits them even with its name in plain letters, else under the
  /// text; the text and the code centred together. Nil when the card shares no contact or its whole
  /// code fits neither way.
  func codePlacement(for card: DisplayCard, in area: Rect, provider: QRCodeProvider, glyphs: GlyphSet) -> ContactCodePlacement? {
    func screens(in rect: Rect) -> [[FlowPiece]] { openedScreens(card, width: FlowColumn.width(in: rect), glyphs: glyphs, writesContact: false) }
    func height(of column: FlowColumn, in rect: Rect) -> Int { column.wantedHeight(width: FlowColumn.width(in: rect), glyphs: glyphs) }
    func plainHeight(in rect: Rect) -> Int { height(of: FlowColumn(pieces: screens(in: rect).last ?? []), in: rect) }
    if let beside = ContactCodePlacement.beside(card, in: area, minTextWidth: Self.minTextWidth, provider: provider, glyphs: glyphs)?
      .centred(textLength: LargeCard.textWidth), plainHeight(in: beside.text) <= beside.text.height {
      return beside
    }
    guard let below = ContactCodePlacement.below(card, in: area, textHeight: plainHeight(in: area), provider: provider, glyphs: glyphs) else {
      return nil
    }
    return below.centred(textLength: height(of: FlowColumn.best(screens(in: below.text), in: below.text, glyphs: glyphs), in: below.text))
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    if let card = openedCard, let qrCodes, let placement = codePlacement(for: card, in: area, provider: qrCodes, glyphs: glyphs) {
      let screens = openedScreens(card, width: FlowColumn.width(in: placement.text), glyphs: glyphs, writesContact: false)
      FlowColumn.best(screens, in: placement.text, glyphs: glyphs).render(in: placement.text, into: &buffer, context: context)
      placement.renderCode(of: card, into: &buffer, context: context)
      return
    }
    let width = FlowColumn.width(in: area)
    let screens: [[FlowPiece]]
    if find.opened != nil {
      if let card = openedCard {
        screens = openedScreens(card, width: width, glyphs: glyphs)
      } else {
        screens = [openedHeading(width: width) + [.paragraph("This card is no longer shown.", .muted, width: width)]]
      }
    } else {
      let body: [FlowPiece] = [.field(InputField(find.query)), .gap(1), .choices(resultChoices(glyphs: glyphs))]
      screens = FlowHeading(question: "Find people").screens(over: body, width: width, glyphs: glyphs)
    }
    FlowColumn.best(screens, in: area, glyphs: glyphs).render(in: area, into: &buffer, context: context)
  }
}
