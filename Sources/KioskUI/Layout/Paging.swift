/// Splits a list into pages and picks the page to show from the time a screen has been up, so that
/// pages turn by themselves and continue where the previous visit of the screen stopped.
public struct Paging: Sendable, Hashable {
  /// How many items there are.
  public var itemCount: Int
  /// How many items fit on one page (at least 1).
  public var perPage: Int

  /// Pages of `perPage` items over `itemCount` items.
  public init(itemCount: Int, perPage: Int) {
    self.itemCount = max(0, itemCount)
    self.perPage = max(1, perPage)
  }

  /// Number of pages (at least 1, even when empty).
  public var pageCount: Int { max(1, (itemCount + perPage - 1) / perPage) }

  /// The 0-based page shown `elapsed` seconds into the `visit`-th showing of a screen that stays up
  /// `screenSeconds`, turning every `secondsPerPage`.
  public func page(elapsed: Double, secondsPerPage: Double, visit: Int, screenSeconds: Int) -> Int {
    let pagesPerVisit = max(1, Int((Double(screenSeconds) / secondsPerPage).rounded(.up)))
    let turned = Int(max(0, elapsed) / secondsPerPage)
    return ((max(1, visit) - 1) * pagesPerVisit + turned) % pageCount
  }

  /// Indices of the items on `page`.
  public func items(onPage page: Int) -> Range<Int> {
    let start = min(itemCount, page * perPage)
    return start..<min(itemCount, start + perPage)
  }
}
