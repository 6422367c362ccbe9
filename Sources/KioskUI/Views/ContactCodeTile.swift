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
  /// still while the person changes. Nil when no card has a tile that fits. `contacts` are the
  /// sharers of `cards` with the lengths of their vCards.
  ///
  /// A QR code grows with the length of its text, so whether a vCard fits follows from its length: the
  /// longest text that fits is found by halving, which encodes a handful of texts instead of every
  /// card's, and the rest only compares lengths.
  public static func rotating(
    _ cards: [DisplayCard], contacts: SharedContacts, provider: QRCodeProvider, width: Int, height: Int, glyphs: GlyphSet,
    elapsed: Double, visit: Int, screenSeconds: Int, secondsPerCard: Double
  ) -> (tile: ContactCodeTile, width: Int)? {
    guard QRCodeView.hasHalfBlocks(glyphs) else { return nil }
    func columns(_ text: SharedContacts.Text) -> Int? {
      guard let vCard = VCard(card: cards[text.index], detail: text.detail), let matrix = provider(vCard.text),
        let zone = QRCodeView.quietZone(for: matrix, width: width, height: height - captionRows, glyphs: glyphs)
      else { return nil }
      return QRCodeView.cells(for: matrix, quietZone: zone).columns
    }
    let texts = contacts.texts
    var low = 0, high = texts.count
    while low < high {
      let middle = (low + high) / 2
      if columns(texts[middle]) == nil { low = middle + 1 } else { high = middle }
    }
    guard low < texts.count, let widest = columns(texts[low]) else { return nil }
    let fitting = texts[low].length
    let shown = contacts.sharers.lazy.filter { $0.lengths.essentials <= fitting }
    let turn = Paging(itemCount: shown.count, perPage: 1).page(elapsed: elapsed, secondsPerPage: secondsPerCard, visit: visit, screenSeconds: screenSeconds)
    guard let sharer = shown.dropFirst(turn).first,
      let tile = ContactCodeTile(card: cards[sharer.index], provider: provider, width: widest, height: height, glyphs: glyphs)
    else { return nil }
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
