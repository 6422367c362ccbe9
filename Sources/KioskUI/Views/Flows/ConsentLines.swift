/// A card's consent answers spelled out: "Shown on the screens: No", "Contact shared as QR code: No".
enum ConsentLines {
  /// The two lines, with `shown` as the first answer (it may explain itself: "No (hidden …)") and
  /// `contactNote` after the second when given.
  static func lines(shown: String, contactShared: Bool, contactNote: String? = nil) -> [[Span]] {
    [
      [Span("Shown on the screens: ", .muted), Span(shown, .cardName)],
      [Span("Contact shared as QR code: ", .muted), Span(contactShared ? "Yes" : "No", .cardName)]
        + (contactNote.map { [Span(" \($0)", .muted)] } ?? []),
    ]
  }
}
