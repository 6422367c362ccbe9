/// People whose name matches what is typed in a wizard's name step: only public cards (consenting
/// roster entries and cards shown on the screens), so typing never reveals anyone else.
public enum NameSuggestions {
  /// Most suggestions listed.
  public static let limit = 5

  /// Public cards whose name contains `typed` (without case or accents), at most `limit`.
  public static func matching(_ typed: String, in people: [DisplayCard]) -> [DisplayCard] {
    guard !NameKey.fold(typed).isEmpty else { return [] }
    return Array(people.lazy.filter { NameKey.matches(typed, in: [$0.name]) }.prefix(limit))
  }

  /// The selection after Down (`down` true) or Up among `count` suggestions: Down from nothing picks the
  /// first, Up from the first goes back to the typed name (nil).
  public static func move(_ selection: Int?, down: Bool, count: Int) -> Int? {
    guard count > 0 else { return nil }
    if down { return min((selection ?? -1) + 1, count - 1) }
    return selection.flatMap { $0 > 0 ? $0 - 1 : nil }
  }
}
