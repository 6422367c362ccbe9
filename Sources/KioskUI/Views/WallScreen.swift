import EventState

/// The connecting wall: one pane per topic of the event, arranged in the grid that suits the area
/// (3×2 on a wide screen, 1×6 in portrait, …).
public struct WallScreen: View {
  /// Each topic in event order with its cards, as the directory gives them.
  public var wall: [(topic: Topic, cards: [DisplayCard])]
  /// How many times the screen has come up (1 the first time): pages continue between visits.
  public var visit: Int
  /// How long the screen stays up per visit.
  public var screenSeconds: Int
  /// Makes the QR codes of shared contacts for panes with room for one; nil shows none.
  public var qrCodes: QRCodeProvider?
  /// The sharers of each pane (the directory's, worked out once, in the order of `wall`); nil works
  /// them out when needed.
  public var contacts: [SharedContacts]?

  /// The wall on the `visit`-th showing of a screen that stays up `screenSeconds`.
  public init(
    wall: [(topic: Topic, cards: [DisplayCard])], visit: Int, screenSeconds: Int, qrCodes: QRCodeProvider? = nil,
    contacts: [SharedContacts]? = nil
  ) {
    self.wall = wall
    self.visit = visit
    self.screenSeconds = screenSeconds
    self.qrCodes = qrCodes
    self.contacts = contacts
  }

  /// Smallest pane: a title in the border and one entry.
  static let minPaneWidth = 18
  static let minPaneHeight = 3

  /// The panes' rectangles in `area`, in topic order.
  public func panes(in area: Rect) -> [Rect] {
    let gapX = area.width >= 60 ? 2 : 1
    let gapY = area.height >= 30 ? 1 : 0
    let plan = GridPlan.best(
      count: wall.count, width: area.width, height: area.height, gapX: gapX, gapY: gapY,
      minWidth: Self.minPaneWidth, minHeight: Self.minPaneHeight, idealRatio: 2.5)
    return Array(area.grid(columns: plan.columns, rows: plan.rows, gapX: gapX, gapY: gapY).prefix(wall.count))
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let (titleRow, rest) = area.splitTop(1)
    let grid = rest.splitTop(rest.height >= 20 ? 1 : 0).rest
    let total = wall.reduce(0) { $0 + $1.cards.count }
    ScreenTitleBar(
      title: [Span("Connecting wall", .paneTitle)],
      status: [Span(total == 1 ? "1 card pinned" : "\(total) cards pinned", .paneCount)]
    ).render(in: titleRow, into: &buffer, context: context)
    guard !wall.isEmpty else {
      CenteredMessage([Span("No topics on the wall yet", .muted)]).render(in: grid, into: &buffer, context: context)
      return
    }
    for (index, rect) in panes(in: grid).enumerated() {
      let pane = wall[index]
      let paneContacts = contacts.flatMap { $0.indices.contains(index) ? $0[index] : nil }
      WallPane(topic: pane.topic, cards: pane.cards, visit: visit, screenSeconds: screenSeconds, qrCodes: qrCodes, contacts: paneContacts)
        .render(in: rect, into: &buffer, context: context)
    }
  }
}
