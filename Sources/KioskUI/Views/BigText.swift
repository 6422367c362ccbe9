/// Text drawn in block letters built from terminal cells, for what must be read from across the room
/// (a tip's heading, the speaker's name, the countdown). Lower case is drawn as upper case, accents
/// are dropped; a character the font lacks is drawn as itself on the middle row.
public struct BigText: View, Sendable, Hashable {
  /// How large the letters are.
  public enum Size: Sendable, Hashable, CaseIterable {
    /// The font doubled: two columns and two rows of full blocks per dot (ten rows).
    case huge
    /// One full block per dot (five rows).
    case large
    /// Half blocks: two dots of the font per row of cells (three rows).
    case compact

    /// Rows of cells one line of text takes.
    public var rows: Int {
      switch self {
      case .huge: 2 * BigFont.rows
      case .large: BigFont.rows
      case .compact: (BigFont.rows + 1) / 2
      }
    }

    /// Columns one dot of the font takes (also the blank columns between letters).
    var scale: Int { self == .huge ? 2 : 1 }
  }

  /// The lines, already broken to fit.
  public var lines: [String]
  /// How large the letters are.
  public var size: Size
  /// The role every block is drawn in.
  public var role: StyleRole
  /// How each line sits in the area it is drawn in.
  public var alignment: TextFitting.Alignment

  /// Big text of `lines` as they are (see `fitting` and `wrapped` to break text into lines).
  public init(lines: [String], size: Size, role: StyleRole, alignment: TextFitting.Alignment = .center) {
    self.lines = lines
    self.size = size
    self.role = role
    self.alignment = alignment
  }

  /// Rows between two lines of big text.
  static let lineGap = 1

  /// Rows the text takes.
  public var height: Int { lines.isEmpty ? 0 : lines.count * size.rows + (lines.count - 1) * Self.lineGap }

  /// Columns the widest line takes.
  public var width: Int { lines.map { Self.width(of: $0, size: size) }.max() ?? 0 }

  /// The largest big text of `text` that fits `width`×`height` in at most `maxLines` lines (broken at
  /// spaces), or nil when even the smallest size allowed with `glyphs` does not fit.
  public static func fitting(
    _ text: String, role: StyleRole, width: Int, height: Int, maxLines: Int = 3, glyphs: GlyphSet,
    alignment: TextFitting.Alignment = .center
  ) -> BigText? {
    for size in sizes(for: glyphs) {
      if let big = wrapped(text, size: size, role: role, width: width, maxLines: maxLines, alignment: alignment), big.height <= height {
        return big
      }
    }
    return nil
  }

  /// `text` in big letters of `size`, broken at spaces into at most `maxLines` lines no wider than
  /// `width`; nil when it does not fit.
  public static func wrapped(
    _ text: String, size: Size, role: StyleRole, width: Int, maxLines: Int = 3, alignment: TextFitting.Alignment = .center
  ) -> BigText? {
    wrap(text, size: size, width: width, maxLines: maxLines).map { BigText(lines: $0, size: size, role: role, alignment: alignment) }
  }

  /// The sizes that look right with `glyphs`, largest first: ASCII has no half blocks, so no compact.
  public static func sizes(for glyphs: GlyphSet) -> [Size] { glyphs == .ascii ? [.huge, .large] : Size.allCases }

  /// `text` broken at spaces into lines no wider than `width` in big letters of `size`; nil when a
  /// word is too wide or more than `maxLines` lines are needed.
  ///
  /// Each word is measured once, and a line's width grows by the space and the word added to it.
  /// Joining can merge graphemes at the seam (a word that starts with a combining mark after a line
  /// break): such a line is measured whole.
  static func wrap(_ text: String, size: Size, width: Int, maxLines: Int) -> [String]? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    guard !words.isEmpty else { return nil }
    let space = Self.width(of: " ", size: size) + 2 * size.scale  // the space and a blank dot either side
    var lines: [String] = []
    var current = "", currentWidth = 0
    for word in words {
      let wordWidth = Self.width(of: word, size: size)
      guard wordWidth <= width else { return nil }
      if current.isEmpty {
        current = word
        currentWidth = wordWidth
        continue
      }
      let joinedWidth = joinsCleanly(current, word) ? currentWidth + space + wordWidth : Self.width(of: current + " " + word, size: size)
      if joinedWidth <= width {
        current += " " + word
        currentWidth = joinedWidth
      } else {
        lines.append(current)
        current = word
        currentWidth = wordWidth
      }
    }
    lines.append(current)
    return lines.count <= maxLines ? lines : nil
  }

  /// Whether `left + " " + right` has exactly the graphemes of both and the space: no mark at the start
  /// of `right` (nor a prepended character at the end of `left`) joins the space. Breaks next to a
  /// space depend only on the characters beside it.
  static func joinsCleanly(_ left: String, _ right: String) -> Bool {
    guard let last = left.last, let first = right.first else { return true }
    return last.isASCII && first.isASCII || (String(last) + " " + String(first)).count == 3
  }

  /// Columns `text` takes in big letters of `size`: each glyph's width and a blank dot between glyphs.
  public static func width(of text: String, size: Size) -> Int {
    var columns = 0, characters = 0
    for character in text {
      columns += glyphWidth(character, size: size)
      characters += 1
    }
    return columns + max(0, characters - 1) * size.scale
  }

  /// Columns one character takes: its glyph's width, or its own width when the font lacks it.
  static func glyphWidth(_ character: Character, size: Size) -> Int {
    guard let glyph = BigFont.glyph(for: character) else { return DisplayWidth.of(character) }
    return glyph.width * size.scale
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let cells = BlockCells(glyphs: context.glyphs, role: role)
    for (index, line) in lines.enumerated() {
      let top = area.y + index * (size.rows + Self.lineGap)
      let lineWidth = Self.width(of: line, size: size)
      guard lineWidth <= area.width, top + size.rows <= area.maxY else { return }
      let room = area.width - lineWidth
      var x = area.x + (alignment == .center ? room / 2 : alignment == .trailing ? room : 0)
      for character in line {
        draw(character, x: x, top: top, into: &buffer, cells: cells)
        x += Self.glyphWidth(character, size: size) + size.scale
      }
    }
  }

  /// Draws one character with its top-left cell at (x, top), in blocks of `cells`.
  func draw(_ character: Character, x: Int, top: Int, into buffer: inout CellBuffer, cells: BlockCells) {
    guard let glyph = BigFont.glyph(for: character) else {
      buffer.write(String(character), x: x, y: top + size.rows / 2, role: role)
      return
    }
    for row in 0..<size.rows {
      for column in 0..<(glyph.width * size.scale) {
        let block: BlockCells.Kind
        switch size {
        case .huge:
          block = glyph.isSet(row: row / 2, column: column / 2) ? cells.full : cells.blank
        case .large:
          block = glyph.isSet(row: row, column: column) ? cells.full : cells.blank
        case .compact:
          let upper = glyph.isSet(row: 2 * row, column: column)
          let lower = 2 * row + 1 < BigFont.rows && glyph.isSet(row: 2 * row + 1, column: column)
          block = upper && lower ? cells.full : upper ? cells.upperHalf : lower ? cells.lowerHalf : cells.blank
        }
        cells.put(block, x: x + column, y: top + row, into: &buffer)
      }
    }
  }
}
