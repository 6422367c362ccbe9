import EventState

/// The people matching a name being typed, as a list to choose from ("Ada Quill — Partner ·
/// Northwind"), the one chosen with Down/Up marked.
enum NameSuggestionChoices {
  /// The list for `typed` among `people`, with suggestion `selection` chosen (nil: the typed name).
  static func list(typed: String, selection: Int?, people: [DisplayCard], glyphs: GlyphSet) -> ChoiceList {
    let items = NameSuggestions.matching(typed, in: people).map { card -> [Span] in
      let role = card.role(glyphs: glyphs)
      return [Span(card.name, .cardName)] + (role.isEmpty ? [] : [Span(" \(glyphs.dash) ", .muted), Span(role, .cardRole)])
    }
    let empty = NameKey.fold(typed).isEmpty ? [] : [Span("No match \(glyphs.dash) Enter takes the name as typed.", .muted)]
    return ChoiceList(items: items, selected: selection, rows: NameSuggestions.limit, empty: empty)
  }
}
