/// A networking tip from tips.md: an optional heading and its text.
public struct Tip: Sendable, Hashable {
  public var title: String?
  public var body: String

  public init(title: String? = nil, body: String) {
    self.title = title
    self.body = body
  }
}
