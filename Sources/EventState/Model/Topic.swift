/// A topic of the connecting wall ("for investors", "for lawyers", …): one pane each.
public struct Topic: Sendable, Hashable, Identifiable {
  /// Short stable identifier used in the roster, the store and exports (e.g. `investors`).
  public var id: String
  /// Title shown on the pane header (e.g. "For investors").
  public var title: String
  /// One-line description of who should pin here.
  public var summary: String

  public init(id: String, title: String, summary: String = "") {
    self.id = id
    self.title = title
    self.summary = summary
  }
}
