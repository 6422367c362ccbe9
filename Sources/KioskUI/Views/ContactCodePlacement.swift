import EventState

/// Where a card's contact QR code goes next to the card's text, always whole: beside the text when
/// the text keeps enough columns, under it when the text leaves enough rows. The code is drawn with
/// "Scan to save the contact" above it and the contact written below it.
struct ContactCodePlacement {
  /// Which side of the text the code is on.
  enum Side {
    /// Right of the text.
    case beside
    /// Under the text.
    case below
  }

  /// Where the card's text goes.
  var text: Rect
  /// Where the code and its captions go (centred in it).
  var code: Rect
  /// The code, fitted to `code` with room for its captions.
  var fitted: FittedContactCode
  /// Which side of the text the code is on.
  var side: Side

  /// Columns between the text and the code beside it.
  static let gapBeside = 4
  /// Rows between the text and the code under it.
  static let gapBelow = 1
  /// Rows of text with the code: "Scan to save the contact" above it and the contact below.
  static let captionRows = 2

  /// The code at the right of `area` and the text left of it, keeping at least `minTextWidth`
  /// columns; nil when `card` shares no contact or no code fits beside.
  static func beside(_ card: DisplayCard, in area: Rect, minTextWidth: Int, provider: QRCodeProvider, glyphs: GlyphSet) -> ContactCodePlacement? {
    let room = area.width - minTextWidth - gapBeside
    guard room > 0,
      let fitted = FittedContactCode.best(for: card, provider: provider, width: room, height: area.height - captionRows, glyphs: glyphs)
    else { return nil }
    let textWidth = area.width - fitted.columns - gapBeside
    return ContactCodePlacement(
      text: Rect(x: area.x, y: area.y, width: textWidth, height: area.height),
      code: Rect(x: area.x + textWidth + gapBeside, y: area.y, width: fitted.columns, height: area.height),
      fitted: fitted, side: .beside)
  }

  /// The code at the bottom of `area` under the text, leaving it at least `textHeight` rows; nil when
  /// `card` shares no contact or no code fits below.
  static func below(_ card: DisplayCard, in area: Rect, textHeight: Int, provider: QRCodeProvider, glyphs: GlyphSet) -> ContactCodePlacement? {
    let room = area.height - textHeight - gapBelow - captionRows
    guard room > 0,
      let fitted = FittedContactCode.best(for: card, provider: provider, width: area.width, height: room, glyphs: glyphs)
    else { return nil }
    let (text, code) = area.splitBottom(fitted.rows + captionRows)
    return ContactCodePlacement(text: text.splitBottom(gapBelow).rest, code: code, fitted: fitted, side: .below)
  }

  /// The same placement with the text given at most `length` of its columns (code beside) or rows
  /// (code below), the text and the code moved together to the middle of the room they had.
  func centred(textLength length: Int) -> ContactCodePlacement {
    var placement = self
    switch side {
    case .beside:
      placement.text.width = min(text.width, length)
      placement.text.x = text.x + (text.width - placement.text.width) / 2
      placement.code.x = placement.text.maxX + Self.gapBeside
    case .below:
      placement.text.height = min(text.height, length)
      placement.text.y = text.y + (text.height - placement.text.height) / 2
      placement.code.y = placement.text.maxY + Self.gapBelow
    }
    return placement
  }

  /// Draws `card`'s code in `code`: "Scan to save the contact" above it and the contact below it.
  func renderCode(of card: DisplayCard, into buffer: inout CellBuffer, context: RenderContext) {
    let block = code.centered(width: code.width, height: fitted.rows + Self.captionRows)
    let (caption, rest) = block.splitTop(1)
    let (matrix, contact) = rest.splitBottom(1)
    let ellipsis = context.glyphs.ellipsis
    buffer.write("Scan to save the contact", role: .muted, in: caption, y: caption.y, alignment: .center, ellipsis: ellipsis)
    QRCodeView(matrix: fitted.matrix, contact: card.contact ?? "").render(in: matrix, into: &buffer, context: context)
    buffer.write(card.contact ?? "", role: .cardContact, in: contact, y: contact.y, alignment: .center, ellipsis: ellipsis)
  }
}
