import EventState

/// The QR code of a card's contact that fits a given room whole: the code of the full vCard when it
/// fits, else the smaller code of its essentials (name, organisation, title, contact).
public struct FittedContactCode: Sendable, Hashable {
  /// The code.
  public var matrix: QRMatrix
  /// Columns of cells it takes with its quiet zone.
  public var columns: Int
  /// Rows of cells it takes with its quiet zone.
  public var rows: Int

  /// The code of `card`'s vCard that fits `width`×`height` cells with at least the minimum quiet
  /// zone, made by `provider`; nil when the card shares no contact, `glyphs` have no half blocks or
  /// no code fits.
  public static func best(for card: DisplayCard, provider: QRCodeProvider, width: Int, height: Int, glyphs: GlyphSet) -> FittedContactCode? {
    guard QRCodeView.hasHalfBlocks(glyphs) else { return nil }
    for detail in [VCard.Detail.full, .essentials] {
      guard let vCard = VCard(card: card, detail: detail), let matrix = provider(vCard.text) else { continue }
      if let zone = QRCodeView.quietZone(for: matrix, width: width, height: height, glyphs: glyphs) {
        let size = QRCodeView.cells(for: matrix, quietZone: zone)
        return FittedContactCode(matrix: matrix, columns: size.columns, rows: size.rows)
      }
    }
    return nil
  }
}
