import EventState
import Foundation

/// Wall moderation: every pinned card, oldest first, hidden ones marked "(hidden)" and those their
/// owner keeps off the screens "(not public)", the selected one highlighted and, when there is room,
/// its details beside the list (under it on narrow screens); then the deletion to confirm.
struct WallModerationView: View {
  /// The selection and the deletion waiting to be confirmed.
  var wall: WallModeration
  /// Every pinned card (`LiveState.cards`).
  var cards: [PinnedCard]
  /// The event's topics, to name each card's topic.
  var topics: [Topic]
  /// The event's time zone, for when a card was pinned.
  var timeZone: TimeZone

  /// Columns from which the details sit beside the list.
  static let sideBySideWidth = 100
  /// Fewest card rows the list keeps before the details get room under it.
  static let leastListRows = 6

  /// The selected card, if any.
  var selected: PinnedCard? { cards.isEmpty ? nil : cards[ModeratorPanelView.clamp(wall.selection, count: cards.count)] }

  /// The title of `card`'s topic (its id when the event no longer has it).
  func topicTitle(_ card: PinnedCard) -> String { topics.first { $0.id == card.topicID }?.title ?? card.topicID }

  /// "Partner · Northwind", or empty.
  static func role(_ card: PinnedCard, glyphs: GlyphSet) -> String {
    [card.title, card.company].filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
  }

  /// "(hidden)" and "(not public)" after the name, as they apply.
  static func marks(_ card: PinnedCard) -> [Span] {
    (card.hidden ? [Span(" (hidden)", .warning)] : []) + (card.showCard ? [] : [Span(" (not public)", .muted)])
  }

  /// One row per card: "Wen Li (hidden) — ML engineer · Quanta · Engineering".
  func items(glyphs: GlyphSet) -> [[Span]] {
    cards.map { card in
      let role = Self.role(card, glyphs: glyphs)
      return [Span(card.name, .cardName)] + Self.marks(card)
        + (role.isEmpty ? [] : [Span(" \(glyphs.dash) \(role)", .cardRole)])
        + [Span(" \(glyphs.separator) \(topicTitle(card))", .cardTopic)]
    }
  }

  /// "Wall moderation · 15 cards · 1 hidden · 1 not public".
  func header(glyphs: GlyphSet) -> [Span] {
    let separator = " \(glyphs.separator) "
    let hidden = cards.filter(\.hidden).count, notPublic = cards.filter { !$0.showCard }.count
    return [Span("Wall moderation", .paneTitle), Span(separator + (cards.count == 1 ? "1 card" : "\(cards.count) cards"), .paneCount)]
      + (hidden > 0 ? [Span("\(separator)\(hidden) hidden", .warning)] : [])
      + (notPublic > 0 ? [Span("\(separator)\(notPublic) not public", .muted)] : [])
  }

  /// The selected card's details wrapped to `width`: role, topic, when it was pinned, whether it is
  /// shown, and what it offers and seeks (only for a public card: the owner of another said No to
  /// the screens, and this one is a screen).
  func details(_ card: PinnedCard, width: Int, glyphs: GlyphSet) -> [[Span]] {
    func wrapped(_ text: String, _ role: StyleRole) -> [[Span]] { TextFitting.wrap(text, to: width).map { [Span($0, role)] } }
    let role = Self.role(card, glyphs: glyphs)
    var lines = role.isEmpty ? [] : wrapped(role, .cardRole)
    lines += [[Span(topicTitle(card), .cardTopic), Span(" \(glyphs.separator) pinned \(ClockText.hoursMinutes(card.pinnedAt, timeZone: timeZone))", .muted)]]
    if card.hidden {
      lines += wrapped("Hidden by a moderator: h shows it again", .warning)
    } else if !card.showCard {
      lines += wrapped("Not public: the owner said No to the screens", .muted)
    } else {
      lines += wrapped("Shown on the screens", .muted)
      if !card.offer.isEmpty { lines += wrapped("Can help: \(card.offer)", .cardOffer) }
      if !card.seek.isEmpty { lines += wrapped("Looking for: \(card.seek)", .cardSeek) }
    }
    return lines
  }

  /// The deletion to confirm, on one line when it fits `width`, otherwise the question over the keys.
  func confirmation(width: Int) -> [[Span]] {
    guard let id = wall.confirmingDelete, let card = cards.first(where: { $0.id == id }) else { return [] }
    let question = Span("Delete \(card.name)'s card for good?", .warning)
    let keys = [Span("y", .paneCount), Span(" / any other key cancels", .muted)]
    let line = [question, Span(" ", .warning)] + keys
    return Span.width(of: line) <= width ? [line] : [[question], keys]
  }

  /// Draws `lines` in a box titled with the card's name.
  func renderDetails(_ card: PinnedCard, lines: [[Span]], in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    Box(title: [Span(card.name, .cardName)]).render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    for (offset, line) in lines.prefix(content.height).enumerated() {
      buffer.write(line, in: content, y: content.y + offset, ellipsis: context.glyphs.ellipsis)
    }
  }

  /// The boxed list of cards, the selected one kept in view.
  func renderList(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    Box().render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    let selected = cards.isEmpty ? nil : ModeratorPanelView.clamp(wall.selection, count: cards.count)
    ChoiceList(items: items(glyphs: context.glyphs), selected: selected, rows: content.height, empty: [Span("No cards pinned yet", .muted)])
      .render(in: content, into: &buffer, context: context)
  }

  /// The list and, when there is room, the selected card's details: beside the list on wide
  /// screens, under it when the list keeps `leastListRows` cards.
  func renderCards(in body: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let listWanted = 2 + max(1, cards.count)
    guard let card = selected else {
      renderList(in: body.splitTop(listWanted).top, into: &buffer, context: context)
      return
    }
    if body.width >= Self.sideBySideWidth {
      let listWidth = body.width * 3 / 5
      let detailsArea = Rect(x: body.x + listWidth + 1, y: body.y, width: body.width - listWidth - 1, height: body.height)
      let lines = details(card, width: Box.content(of: detailsArea).width, glyphs: context.glyphs)
      renderList(in: Rect(x: body.x, y: body.y, width: listWidth, height: min(body.height, listWanted)), into: &buffer, context: context)
      renderDetails(card, lines: lines, in: detailsArea.splitTop(lines.count + 2).top, into: &buffer, context: context)
      return
    }
    let lines = details(card, width: Box.content(of: body).width, glyphs: context.glyphs)
    let detailsRows = lines.count + 2
    guard body.height >= min(listWanted, 2 + Self.leastListRows) + detailsRows else {
      renderList(in: body.splitTop(listWanted).top, into: &buffer, context: context)
      return
    }
    let (list, rest) = body.splitTop(min(listWanted, body.height - detailsRows))
    renderList(in: list, into: &buffer, context: context)
    renderDetails(card, lines: lines, in: rest.splitTop(detailsRows).top, into: &buffer, context: context)
  }

  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let glyphs = context.glyphs
    buffer.write(header(glyphs: glyphs), in: area, y: area.y, ellipsis: glyphs.ellipsis)
    let confirm = confirmation(width: area.width)
    let (body, bottom) = area.splitTop(1).rest.splitBottom(confirm.count)
    for (offset, line) in confirm.enumerated() {
      buffer.write(line, in: bottom, y: bottom.y + offset, ellipsis: glyphs.ellipsis)
    }
    renderCards(in: body, into: &buffer, context: context)
  }
}
