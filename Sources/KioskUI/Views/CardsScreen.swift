import EventState

/// Everyone who may be shown, as a grid of cards that pages by itself: "People · 42" and "page 2/5".
/// The grid takes as many columns as fit cards of about `idealCardWidth` (never narrower than
/// `minCardWidth`) and cards as tall as the rows allow while keeping at least two rows per page.
public struct CardsScreen: View {
  /// Everyone who may be shown, in the order the directory gives.
  public var people: [DisplayCard]
  /// How many times the screen has come up (1 the first time): pages continue between visits.
  public var visit: Int
  /// How long the screen stays up per visit.
  public var screenSeconds: Int
  /// Makes the QR codes of shared contacts; nil shows contacts as text only.
  public var qrCodes: QRCodeProvider?
  /// The sharers among `people` (the directory's, worked out once); nil works them out when needed.
  public var contacts: SharedContacts?
  /// Where to keep what is worked out from `people` between frames (the directory's memo, whose
  /// cards are `people`); nil works it out on every frame.
  public var memo: DirectoryMemo?

  /// The cards screen for `people` on the `visit`-th showing of a screen that stays up `screenSeconds`;
  /// with `qrCodes`, a screen wide enough also shows one shared contact's code beside the grid.
  public init(
    people: [DisplayCard], visit: Int, screenSeconds: Int, qrCodes: QRCodeProvider? = nil, contacts: SharedContacts? = nil,
    memo: DirectoryMemo? = nil
  ) {
    self.people = people
    self.visit = visit
    self.screenSeconds = screenSeconds
    self.qrCodes = qrCodes
    self.contacts = contacts
    self.memo = memo
  }

  static let secondsPerPage = 8.0
  static let minCardWidth = 30
  static let idealCardWidth = 38
  /// Tallest card: every field, with room for the longer ones to wrap.
  static let maxCardHeight = 12
  /// Shortest card: name, role and one more line.
  static let minCardHeight = 5
  /// Rows added between card rows to spread a grid that does not fill the screen.
  static let maxExtraGap = 2
  /// Cards a row keeps beside a contact code: narrower screens show no code.
  static let minColumnsBesideCode = 3
  /// Columns between the grid and the contact code.
  static let codeGap = 2

  /// Where the cards go in `area`: the grid's cells, row by row. Cards are no taller than the
  /// fullest card needs; rows that leave room are spread out a little and centred.
  public func slots(in area: Rect, glyphs: GlyphSet) -> [Rect] {
    let gapX = area.width >= 60 ? 2 : 1
    let gapY = area.height >= 30 ? 1 : 0
    let fit = (Double(area.width + gapX) / Double(Self.idealCardWidth + gapX)).rounded()
    var columns = max(1, Int(fit))
    while columns > 1, (area.width - gapX * (columns - 1)) / columns < Self.minCardWidth { columns -= 1 }
    let contentWidth = Box.content(of: Rect(x: 0, y: 0, width: (area.width - gapX * (columns - 1)) / columns, height: Self.maxCardHeight)).width
    let fullest = memo?.value(for: TallestContent(width: contentWidth, glyphs: glyphs)) { tallestContent(width: contentWidth, glyphs: glyphs) }
      ?? tallestContent(width: contentWidth, glyphs: glyphs)
    let tallest = min(Self.maxCardHeight, max(Self.minCardHeight, fullest + 2))
    func rows(_ height: Int) -> Int { (area.height + gapY) / (height + gapY) }
    let twoRowHeight = stride(from: tallest, through: Self.minCardHeight, by: -1).first { rows($0) >= 2 }
    let rowCount = max(1, rows(twoRowHeight ?? min(tallest, area.height)))
    let height = min(tallest, (area.height + gapY) / rowCount - gapY)
    let spare = area.height - (rowCount * (height + gapY) - gapY)
    let spacing = rowCount > 1 ? gapY + min(Self.maxExtraGap, spare / rowCount) : gapY
    let blockHeight = rowCount * (height + spacing) - spacing
    let block = Rect(x: area.x, y: area.y + (area.height - blockHeight) / 2, width: area.width, height: blockHeight)
    return block.grid(columns: columns, rows: rowCount, gapX: gapX, gapY: spacing)
  }

  /// What `tallestContent` is kept under in the memo, and each card's number of lines at that width.
  struct TallestContent: Hashable, Sendable {
    var width: Int
    var glyphs: GlyphSet
  }

  /// The most content lines any card has at `width` (at most `maxCardHeight - 2`): the search stops
  /// at the first card that reaches that limit, since no card can have more. With `memo`, each card's
  /// lines are counted once and kept, also for a directory that replaces this one (a reload counts
  /// only the cards that changed).
  func tallestContent(width: Int, glyphs: GlyphSet) -> Int {
    let limit = Self.maxCardHeight - 2
    func lineCount(_ card: DisplayCard) -> Int { CardView(card: card).lines(width: width, height: limit, glyphs: glyphs).count }
    var fullest = 0
    if let memo {
      memo.forEachCard(TallestContent(width: width, glyphs: glyphs), compute: lineCount) { _, lines in
        fullest = max(fullest, lines)
        return fullest < limit
      }
      return fullest
    }
    for person in people {
      fullest = max(fullest, lineCount(person))
      if fullest >= limit { break }
    }
    return fullest
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let (titleRow, rest) = area.splitTop(1)
    let grid = rest.splitTop(rest.height >= 20 ? 1 : 0).rest
    let title = [Span("People", .paneTitle), Span(" \(context.glyphs.separator) \(people.count)", .paneCount)]
    guard !people.isEmpty else {
      ScreenTitleBar(title: title).render(in: titleRow, into: &buffer, context: context)
      CenteredMessage([
        Span("No cards to show yet", .paneTitle),
        Span("Everyone who agrees to be shown appears here.", .muted),
      ]).render(in: grid, into: &buffer, context: context)
      return
    }
    let code = codeColumn(in: grid, context: context)
    let slots = slots(in: code?.grid ?? grid, glyphs: context.glyphs)
    let paging = Paging(itemCount: people.count, perPage: slots.count)
    let page = paging.page(elapsed: context.screenElapsed, secondsPerPage: Self.secondsPerPage, visit: visit, screenSeconds: screenSeconds)
    let status = paging.pageCount > 1 ? [Span("page \(page + 1)/\(paging.pageCount)", .paneCount)] : []
    ScreenTitleBar(title: title, status: status).render(in: titleRow, into: &buffer, context: context)
    for (slot, index) in zip(slots, paging.items(onPage: page)) {
      CardView(card: people[index]).render(in: slot, into: &buffer, context: context)
    }
    if let code { code.tile.render(in: code.column, into: &buffer, context: context) }
  }

  /// On a screen that keeps `minColumnsBesideCode` cards per row beside it, a column on the right of
  /// `area` with the contact code of one person who shared theirs (taking turns), and the grid's area.
  func codeColumn(in area: Rect, context: RenderContext) -> (grid: Rect, column: Rect, tile: ContactCodeTile)? {
    let gapX = 2  // between cards, on screens wide enough for a code
    let keep = Self.minColumnsBesideCode * Self.idealCardWidth + (Self.minColumnsBesideCode - 1) * gapX
    let room = area.width - keep - Self.codeGap
    guard let qrCodes, room > 0,
      let turn = ContactCodeTile.rotating(
        people, contacts: contacts ?? SharedContacts(people), provider: qrCodes, width: room, height: area.height, glyphs: context.glyphs, elapsed: context.screenElapsed,
        visit: visit, screenSeconds: screenSeconds, secondsPerCard: Self.secondsPerPage)
    else { return nil }
    let grid = Rect(x: area.x, y: area.y, width: area.width - turn.width - Self.codeGap, height: area.height)
    return (grid, Rect(x: grid.maxX + Self.codeGap, y: area.y, width: turn.width, height: area.height), turn.tile)
  }
}
