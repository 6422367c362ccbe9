/// The top of an attendee-flow screen: where the person is ("Pin your card · step 3 of 9"), the
/// question in block letters when it fits (plain bold otherwise) and a muted detail under it.
struct FlowHeading {
  /// The progress line, muted, if any.
  var progress: String?
  /// The question, as large as it fits.
  var question: String
  /// A note under the question ("optional", an example), if any.
  var detail: String?
  /// The role of the question.
  var role: StyleRole

  /// A heading asking `question`.
  init(progress: String? = nil, question: String, detail: String? = nil, role: StyleRole = .paneTitle) {
    self.progress = progress
    self.question = question
    self.detail = detail
    self.role = role
  }

  /// The heading's pieces for a column `width` wide, largest question first: each size of block
  /// letters that fits (at most two lines), then plain wrapped text.
  func variants(width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    let top: [FlowPiece] = progress.map { [.paragraph($0, .muted, width: width), .gap(1)] } ?? []
    let below: [FlowPiece] = detail.map { [.paragraph($0, .muted, width: width)] } ?? []
    let big = BigText.everySize(question, role: role, width: width, maxLines: 2, glyphs: glyphs).map { [FlowPiece.big($0)] }
    let plain = [FlowPiece.paragraph(question, role, width: width)]
    return (big + [plain]).map { top + $0 + below }
  }

  /// Whole screens, best first: the heading at each size over `body`.
  func screens(over body: [FlowPiece], width: Int, glyphs: GlyphSet) -> [[FlowPiece]] {
    variants(width: width, glyphs: glyphs).map { $0 + [.gap(1)] + body }
  }
}
