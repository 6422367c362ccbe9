import Foundation

/// Values worked out from a `PublicDirectory` on first use and kept with it, such as the height of the
/// fullest card at a given width: a screen needs them on every frame, but they change only when the
/// directory does. Copies of a directory share its memo.
///
/// Values worked out card by card (a card's height at a width, the lengths of its vCards) are kept per
/// card, and the memo of a directory that replaces another takes over those of every card that is still
/// there unchanged: after an edit of one row of a large roster, or a new pin, only the cards that
/// changed are worked out again.
public final class DirectoryMemo: @unchecked Sendable {
  /// Most values kept; a memo that fills up (a terminal resized again and again) starts over.
  public static let capacity = 64
  /// Most kinds of per-card values kept (a table of one value per card each); likewise.
  public static let tableCapacity = 8

  /// The cards the per-card values are for, in order (the directory's people).
  private let cards: [DisplayCard]
  private let lock = NSLock()
  private var values: [AnyHashable: any Sendable] = [:]
  private var tables: [AnyHashable: any CardTable] = [:]

  /// An empty memo for `cards`, with the per-card values `previous` (the memo of the directory this
  /// one replaces) had worked out for cards that are among `cards` unchanged.
  public init(cards: [DisplayCard] = [], carryingFrom previous: DirectoryMemo? = nil) {
    self.cards = cards
    guard let previous else { return }
    let kept = previous.lock.withLock { previous.tables }
    guard !kept.isEmpty else { return }
    let sources = Self.sources(of: cards, in: previous.cards)
    tables = kept.mapValues { $0.carried(from: sources) }
  }

  /// For each of `cards`, where an equal card is in `earlier` (nil when none is). Most cards stay
  /// where they were, which a comparison finds; only the others are looked up by value (hashing every
  /// card costs several times more).
  static func sources(of cards: [DisplayCard], in earlier: [DisplayCard]) -> [Int?] {
    var sources: [Int?] = cards.indices.map { $0 < earlier.count && earlier[$0] == cards[$0] ? $0 : nil }
    guard sources.contains(nil) else { return sources }
    let moved = earlier.indices.filter { $0 >= cards.count || sources[$0] == nil }
    let indexByCard = Dictionary(moved.map { (earlier[$0], $0) }, uniquingKeysWith: { first, _ in first })
    for index in cards.indices where sources[index] == nil { sources[index] = indexByCard[cards[index]] }
    return sources
  }

  /// The value for `key`: the one worked out before, or `compute()`'s, which is then kept.
  public func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, compute: () -> Value) -> Value {
    lock.lock()
    let known = values[AnyHashable(key)] as? Value
    lock.unlock()
    if let known { return known }
    let value = compute()
    lock.lock()
    if values.count >= Self.capacity { values.removeAll(keepingCapacity: true) }
    values[AnyHashable(key)] = value
    lock.unlock()
    return value
  }

  /// Goes through `cards` in order with each card's value for `key` (the one worked out before, or
  /// `compute`'s, which is then kept) for as long as `body` returns true: a search that can stop
  /// early works out no more cards than it looks at.
  public func forEachCard<Key: Hashable & Sendable, Value: Sendable>(
    _ key: Key, compute: (DisplayCard) -> Value, _ body: (_ index: Int, _ value: Value) -> Bool
  ) {
    let tableKey = AnyHashable(key)
    let kept = lock.withLock { tables.removeValue(forKey: tableKey) }
    var table = kept as? CardValues<Value> ?? CardValues(count: cards.count)
    for index in cards.indices {
      let value = table.slots[index] ?? compute(cards[index])
      table.slots[index] = value
      if !body(index, value) { break }
    }
    lock.withLock {
      if tables.count >= Self.tableCapacity { tables.removeAll(keepingCapacity: true) }
      tables[tableKey] = table
    }
  }
}

/// A table of per-card values that can follow its cards into another list.
private protocol CardTable: Sendable {
  /// The table for a list whose card at index `i` was at `sources[i]` here (nil: a new card, not worked out yet).
  func carried(from sources: [Int?]) -> any CardTable
}

/// One value per card, nil where it has not been worked out.
private struct CardValues<Value: Sendable>: CardTable {
  var slots: [Value?]

  /// A table of `count` cards with nothing worked out.
  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// A table with these values.
  init(slots: [Value?]) {
    self.slots = slots
  }

  func carried(from sources: [Int?]) -> any CardTable {
    CardValues(slots: sources.map { $0.flatMap { slots[$0] } })
  }
}
