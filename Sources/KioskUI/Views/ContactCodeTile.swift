import EventState

/// One person's contact code where a code is an extra beside other content (the cards screen, a wall
/// pane): "Scan to save <name>" over the code. It exists only when the whole code fits.
public struct ContactCodeTile: View {
  /// The person the code is for.
  public var card: DisplayCard
  /// Their code, fitted to the room it was made for.
  public var code: FittedContactCode

  /// The tile of `card` in at most `width`×`height` cells with codes from `provider`; nil when the card
  /// shares no contact or its code does not fit whole.
  public init?(card: DisplayCard, provider: QRCodeProvider, width: Int, height: Int, glyphs: GlyphSet) {
    guard let code = FittedContactCode.best(for: card, provider: provider, width: width, height: height - Self.captionRows, glyphs: glyphs) else {
      return nil
    }
    self.card = card
    self.code = code
  }

  /// Rows above the code.
  static let captionRows = 1

  /// Columns the tile takes.
  public var width: Int { code.columns }
  /// Rows the tile takes.
  public var height: Int { code.rows + Self.captionRows }

  /// Takes turns among the cards of `cards` whose tile fits `width`×`height` cells: the tile shown
  /// `elapsed` seconds into the `visit`-th showing of a screen that stays up `screenSeconds`, one card
  /// every `secondsPerCard`, and the columns to keep free for the widest of them, so the layout holds
  /// still while the person changes. Nil when no card has a tile that fits.
  ///
  /// A QR code grows with the length of its text, so whether a vCard fits follows from its length: the
  /// longest text that fits is found by halving, which encodes a handful of texts instead of every card's.
  public static func rotating(
    _ cards: [DisplayCard], provider: QRCodeProvider, width: Int, height: Int, glyphs: GlyphSet,
    elapsed: Double, visit: Int, screenSeconds: Int, secondsPerCard: Double
  ) -> (tile: ContactCodeTile, width: Int)? {
    guard QRCodeView.hasHalfBlocks(glyphs) else { return nil }
    func columns(_ text: String) -> Int? {
      guard let matrix = provider(text),
        let zone = QRCodeView.quietZone(for: matrix, width: width, height: height - captionRows, glyphs: glyphs)
      else { return nil }
      return QRCodeView.cells(for: matrix, quietZone: zone).columns
    }
    let sharing = cards.compactMap { card in VCard(card: card, detail: .essentials).map { (card: card, shortest: $0.text.utf8.count) } }
    let texts = sharing.flatMap { [VCard(card: $0.card), VCard(card: $0.card, detail: .essentials)].compactMap { $0?.text } }
      .sorted { $0.utf8.count > $1.utf8.count }
    var low = 0, high = texts.count
    while low < high {
      let middle = (low + high) / 2
      if columns(texts[middle]) == nil { low = middle + 1 } else { high = middle }
    }
    guard low < texts.count, let widest = columns(texts[low]) else { return nil }
    let shown = sharing.filter { $0.shortest <= texts[low].utf8.count }.map(\.card)
    let turn = Paging(itemCount: shown.count, perPage: 1).page(elapsed: elapsed, secondsPerPage: secondsPerCard, visit: visit, screenSeconds: screenSeconds)
    guard let tile = ContactCodeTile(card: shown[turn], provider: provider, width: widest, height: height, glyphs: glyphs) else { return nil }
    return (tile, widest)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let tile = area.centered(width: width, height: height)
    let (caption, code) = tile.splitTop(Self.captionRows)
    let spans = [Span("Scan to save ", .muted), Span(card.name, .cardName)]
    buffer.write(spans, in: caption, y: caption.y, alignment: .center, ellipsis: context.glyphs.ellipsis)
    QRCodeView(matrix: self.code.matrix, contact: card.contact ?? "").render(in: code, into: &buffer, context: context)
  }
}
