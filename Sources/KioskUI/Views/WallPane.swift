import EventState

/// One topic of the connecting wall: "<topic> · <count>" in the border, its description when there is
/// room, and the cards pinned to it (name — role on one line, or name and role on two when the pane
/// is tall), paging by itself with "1/3" when they do not fit.
public struct WallPane: View {
  /// The topic of the pane.
  public var topic: Topic
  /// Cards pinned to the topic that may be shown, oldest first.
  public var cards: [DisplayCard]
  /// How many times the screen has come up (1 the first time): pages continue between visits.
  public var visit: Int
  /// How long the screen stays up per visit.
  public var screenSeconds: Int
  /// Makes the QR codes of shared contacts; nil shows none.
  public var qrCodes: QRCodeProvider?
  /// The sharers among `cards` (the directory's, worked out once); nil works them out when needed.
  public var contacts: SharedContacts?

  /// The pane of `topic` with `cards`, on the `visit`-th showing of a screen that stays up `screenSeconds`;
  /// with `qrCodes`, a pane with room beside its list also shows one shared contact's code.
  public init(
    topic: Topic, cards: [DisplayCard], visit: Int = 1, screenSeconds: Int = 30, qrCodes: QRCodeProvider? = nil,
    contacts: SharedContacts? = nil
  ) {
    self.topic = topic
    self.cards = cards
    self.visit = visit
    self.screenSeconds = screenSeconds
    self.qrCodes = qrCodes
    self.contacts = contacts
  }

  static let secondsPerPage = 8.0
  /// Columns the list keeps beside a contact code: narrower panes show no code.
  static let minListWidthBesideCode = 24
  /// Columns between the list and the contact code.
  static let codeGap = 2

  /// Whether entries take two lines (name, then role) in a list of `height` rows and `width` columns.
  func isDetailed(height: Int, width: Int) -> Bool {
    width >= 24 && (height >= 2 * cards.count || height >= 12)
  }

  /// The lines of one card's entry.
  func entry(_ card: DisplayCard, detailed: Bool, glyphs: GlyphSet) -> [[Span]] {
    let name = Span(card.name, .cardName)
    let role = card.role(glyphs: glyphs)
    guard !role.isEmpty else { return [[name]] }
    if detailed { return [[name], [Span("  " + role, .cardRole)]] }
    return [[name, Span(" \(glyphs.dash) ", .muted), Span(role, .cardRole)]]
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let content = Box.content(of: area)
    let glyphs = context.glyphs
    var list = content
    if !topic.summary.isEmpty, content.height >= 4 {
      let lines = TextFitting.wrap(topic.summary, to: content.width, maxLines: content.height >= 12 ? 2 : 1, ellipsis: glyphs.ellipsis)
      for (offset, line) in lines.enumerated() {
        buffer.write(line, role: .muted, in: content, y: content.y + offset, ellipsis: glyphs.ellipsis)
      }
      list = content.splitTop(lines.count + (content.height >= 8 ? 1 : 0)).rest
    }
    let code = codeColumn(beside: list, context: context)
    list = code?.list ?? list
    let detailed = isDetailed(height: list.height, width: list.width)
    let perEntry = detailed ? 2 : 1
    let paging = Paging(itemCount: cards.count, perPage: list.height / perEntry)
    let page = paging.page(elapsed: context.screenElapsed, secondsPerPage: Self.secondsPerPage, visit: visit, screenSeconds: screenSeconds)
    let count = Span(" \(glyphs.separator) \(cards.count)", .paneCount)
    let titleRoom = max(1, area.width - 6 - Span.width(of: [count]))
    let title = [Span(TextFitting.truncate(topic.title, to: titleRoom, ellipsis: glyphs.ellipsis), .paneTitle), count]
    let marker = paging.pageCount > 1 ? [Span("\(page + 1)/\(paging.pageCount)", .paneCount)] : []
    Box(title: title, footnote: marker).render(in: area, into: &buffer, context: context)
    guard !cards.isEmpty else {
      buffer.write("No cards yet", role: .muted, in: list, y: list.y, ellipsis: glyphs.ellipsis)
      return
    }
    let lines = paging.items(onPage: page).flatMap { entry(cards[$0], detailed: detailed, glyphs: glyphs) }
    for (offset, line) in lines.prefix(list.height).enumerated() {
      buffer.write(line, in: list, y: list.y + offset, ellipsis: glyphs.ellipsis)
    }
    if let code { code.tile.render(in: code.column, into: &buffer, context: context) }
  }

  /// On a pane that keeps `minListWidthBesideCode` columns of list beside it, a column on the right of
  /// `list` with the contact code of one of the pane's cards that shared theirs (taking turns), and
  /// the list without it.
  func codeColumn(beside list: Rect, context: RenderContext) -> (list: Rect, column: Rect, tile: ContactCodeTile)? {
    let room = list.width - Self.minListWidthBesideCode - Self.codeGap
    guard let qrCodes, room > 0,
      let turn = ContactCodeTile.rotating(
        cards, contacts: contacts ?? SharedContacts(cards), provider: qrCodes, width: room, height: list.height, glyphs: context.glyphs, elapsed: context.screenElapsed,
        visit: visit, screenSeconds: screenSeconds, secondsPerCard: Self.secondsPerPage)
    else { return nil }
    let rest = Rect(x: list.x, y: list.y, width: list.width - turn.width - Self.codeGap, height: list.height)
    return (rest, Rect(x: rest.maxX + Self.codeGap, y: list.y, width: turn.width, height: list.height), turn.tile)
  }
}
