/// A QR code drawn with half blocks, two modules per cell stacked (`▀`, `▄`, `█` or a space), in the
/// `qrCode` role (dark on light whatever the theme), inside a light quiet zone of at least
/// `minimumQuietZone` modules on every side, centred in the area. A cell is about twice as tall as it
/// is wide, so each module comes out square.
///
/// When there is no code, the terminal has no half blocks, or the whole code with its quiet zone does
/// not fit, the contact is drawn as text instead: a code is never cropped.
public struct QRCodeView: View {
  /// The code, nil when there is none (no encoder, or the text is too long for a QR code).
  public var matrix: QRMatrix?
  /// What is drawn instead of the code: the contact as text.
  public var contact: String

  /// The code of `matrix`, or `contact` as text when it cannot be drawn whole.
  public init(matrix: QRMatrix?, contact: String) {
    self.matrix = matrix
    self.contact = contact
  }

  /// The least quiet zone in modules: less and phones fail to find the code.
  public static let minimumQuietZone = 2
  /// The quiet zone the QR standard asks for, used when there is room.
  public static let standardQuietZone = 4

  /// Columns and rows of cells `matrix` takes with `quietZone` light modules on every side.
  public static func cells(for matrix: QRMatrix, quietZone: Int) -> (columns: Int, rows: Int) {
    let modules = matrix.size + 2 * quietZone
    return (modules, (modules + 1) / 2)
  }

  /// The widest quiet zone, between `minimumQuietZone` and `standardQuietZone`, with which `matrix`
  /// fits `width`×`height` cells; nil when it does not fit even with the least or `glyphs` have no
  /// half blocks.
  public static func quietZone(for matrix: QRMatrix, width: Int, height: Int, glyphs: GlyphSet) -> Int? {
    guard hasHalfBlocks(glyphs) else { return nil }
    return stride(from: standardQuietZone, through: minimumQuietZone, by: -1).first { zone in
      let size = cells(for: matrix, quietZone: zone)
      return size.columns <= width && size.rows <= height
    }
  }

  /// Whether `glyphs` draw true half blocks (the ASCII stand-ins cannot make a code).
  public static func hasHalfBlocks(_ glyphs: GlyphSet) -> Bool {
    glyphs.upperHalf == "▀" && glyphs.lowerHalf == "▄" && glyphs.fullBlock == "█"
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard let matrix, let zone = Self.quietZone(for: matrix, width: area.width, height: area.height, glyphs: context.glyphs) else {
      CenteredMessage([Span(contact, .cardContact)], maxWidth: area.width).render(in: area, into: &buffer, context: context)
      return
    }
    let size = Self.cells(for: matrix, quietZone: zone)
    let origin = area.centered(width: size.columns, height: size.rows)
    let glyphs = context.glyphs
    for row in 0..<size.rows {
      for column in 0..<size.columns {
        let upper = matrix[column - zone, 2 * row - zone]
        let lower = matrix[column - zone, 2 * row + 1 - zone]
        let glyph = upper && lower ? glyphs.fullBlock : upper ? glyphs.upperHalf : lower ? glyphs.lowerHalf : " "
        buffer.set(x: origin.x + column, y: origin.y + row, Cell(grapheme: glyph, role: .qrCode))
      }
    }
  }
}
