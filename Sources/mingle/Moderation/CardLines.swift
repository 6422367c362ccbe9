import EventState

/// Pinned cards as `mingle pins` prints them: one card per line, four fields separated by tabs:
///
///     <id>  <topic id>  <flags>  <name>
///
/// The flags are `public` (the owner agreed to be shown) or `private`, followed by `,hidden` when a
/// moderator hid the card; only `public` cards without `hidden` reach the public screens.
enum CardLines {
  /// The line of `card`.
  static func line(_ card: PinnedCard) -> String {
    [card.id, card.topicID, flags(card), card.name].joined(separator: "\t")
  }

  /// `public`, `private`, `public,hidden` or `private,hidden`.
  static func flags(_ card: PinnedCard) -> String {
    (card.showCard ? "public" : "private") + (card.hidden ? ",hidden" : "")
  }

  /// `NAME on TOPIC (ID)`, for messages.
  static func described(_ card: PinnedCard) -> String { "\(card.name) on \(card.topicID) (\(card.id))" }

  /// The card with `id` in `live`. Throws a `CommandFailure` (nothing done) when there is none.
  static func card(_ id: String, in live: LiveState, directory: String) throws -> PinnedCard {
    guard let card = live.cards.first(where: { $0.id == id }) else {
      throw CommandFailure.nothingDone("No card has the id \(Sanitizer.line(id)) (see `mingle pins list \(directory)`)")
    }
    return card
  }
}
