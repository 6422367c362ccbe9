import EventState

/// Find people: the search box with the results updating as they type (name, role, topics; the
/// chosen one highlighted), and the chosen card large once opened. Only public cards are searched,
/// and a contact appears only when its owner shared it.
public struct FindPeopleView: View {
  /// The search and what is opened.
  public var find: FindPeople
  /// The public cards searched (as `FindPeople.results` is given them).
  public var people: [DisplayCard]

  /// The view of `find` over `people`.
  public init(find: FindPeople, people: [DisplayCard]) {
    self.find = find
    self.people = people
  }

  /// Result rows asked for.
  static let resultRows = 10

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

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    let width = FlowColumn.width(in: area)
    let screens: [[FlowPiece]]
    if find.opened != nil {
      let top: [FlowPiece] = [.paragraph("Find people", .muted, width: width), .gap(1)]
      if let card = openedCard {
        screens = LargeCard.variants(card, width: width, glyphs: glyphs).map { top + $0 }
      } else {
        screens = [top + [.paragraph("This card is no longer shown.", .muted, width: width)]]
      }
    } else {
      let body: [FlowPiece] = [.field(InputField(find.query)), .gap(1), .choices(resultChoices(glyphs: glyphs))]
      screens = FlowHeading(question: "Find people").screens(over: body, width: width, glyphs: glyphs)
    }
    FlowColumn.best(screens, in: area, glyphs: glyphs).render(in: area, into: &buffer, context: context)
  }
}
