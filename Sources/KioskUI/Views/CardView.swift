import EventState

/// One attendee's card in a box: initials avatar and name, title · company, topics, "Can help:",
/// "Looking for:" and the contact when shared. What does not fit is left out by priority (name,
/// role, what they offer and seek, contact, topics); extra height lets the longer fields wrap.
public struct CardView: View {
  /// The card, as the public directory allows it to be shown.
  public var card: DisplayCard

  /// A view of `card`.
  public init(card: DisplayCard) {
    self.card = card
  }

  /// A part of the card: its lines at a given budget, and when it gets its first and further lines.
  struct Block {
    /// Lines of the block at full length.
    var lines: [[Span]]
    /// Lower is served first.
    var priority: Int
    /// Priority of the lines after the first (a wrapped field's continuation).
    var morePriority: Int
  }

  /// The lines drawn inside a box whose content is `width`×`height`, in order.
  public func lines(width: Int, height: Int, glyphs: GlyphSet) -> [[Span]] {
    guard width > 0, height > 0 else { return [] }
    let separator = " \(glyphs.separator) "
    let avatar = card.initials.isEmpty ? [] : [Span(" \(card.initials) ", .avatar), Span(" ", .text)]
    let indent = Span.width(of: avatar) > 0 && width - Span.width(of: avatar) >= 16 ? Span.width(of: avatar) : 0
    func indented(_ text: String, _ role: StyleRole) -> [[Span]] {
      TextFitting.wrap(text, to: width - indent).map { [Span(String(repeating: " ", count: indent), .text), Span($0, role)] }
    }
    var blocks = [Block(lines: [avatar + [Span(card.name, .cardName)]], priority: 0, morePriority: 0)]
    let role = card.role(glyphs: glyphs)
    if !role.isEmpty {
      blocks.append(Block(lines: indented(role, .cardRole), priority: 1, morePriority: 9))
    }
    if !card.topics.isEmpty {
      blocks.append(Block(lines: indented(card.topics.joined(separator: separator), .cardTopic), priority: 5, morePriority: 9))
    }
    if !card.offer.isEmpty || !card.seek.isEmpty || card.contact != nil {
      blocks.append(Block(lines: [[]], priority: 6, morePriority: 6))
    }
    if !card.offer.isEmpty {
      blocks.append(Block(lines: labelled("Can help:", card.offer, role: .cardOffer, width: width), priority: 2, morePriority: 7))
    }
    if !card.seek.isEmpty {
      blocks.append(Block(lines: labelled("Looking for:", card.seek, role: .cardSeek, width: width), priority: 3, morePriority: 8))
    }
    if let contact = card.contact {
      blocks.append(Block(lines: [[Span(contact, .cardContact)]], priority: 4, morePriority: 4))
    }
    return allot(blocks, height: height, width: width, ellipsis: glyphs.ellipsis)
  }

  /// `text` after a muted label, wrapped to `width` (the label stays on the first line).
  func labelled(_ label: String, _ text: String, role: StyleRole, width: Int) -> [[Span]] {
    TextFitting.wrap("\(label) \(text)", to: width).enumerated().map { index, line in
      guard index == 0, line.hasPrefix(label + " ") else { return [Span(line, role)] }
      return [Span(label + " ", .muted), Span(String(line.dropFirst(label.count + 1)), role)]
    }
  }

  /// Gives each block lines in priority order until `height` is used up; a block cut short ends in
  /// an ellipsis.
  func allot(_ blocks: [Block], height: Int, width: Int, ellipsis: String) -> [[Span]] {
    var granted = Array(repeating: 0, count: blocks.count)
    var left = height
    let order = blocks.indices.flatMap { i in
      [(priority: blocks[i].priority, block: i)] + Array(repeating: (priority: blocks[i].morePriority, block: i), count: blocks[i].lines.count - 1)
    }.sorted { $0.priority < $1.priority }
    for grant in order where left > 0 {
      granted[grant.block] += 1
      left -= 1
    }
    return blocks.indices.flatMap { i -> [[Span]] in
      let shown = Array(blocks[i].lines.prefix(granted[i]))
      guard granted[i] < blocks[i].lines.count, let last = shown.last else { return shown }
      return shown.dropLast() + [Span.cut(last, to: width, ellipsis: ellipsis)]
    }
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    Box().render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    for (offset, line) in lines(width: content.width, height: content.height, glyphs: context.glyphs).enumerated() {
      buffer.write(line, x: content.x, y: content.y + offset, maxX: content.maxX, ellipsis: context.glyphs.ellipsis)
    }
  }
}
