/// A key and what it does, shown in the footer ("←/→" "screens").
public struct KeyHint: Sendable, Hashable {
  /// The key as printed on the keyboard.
  public var key: String
  /// What pressing it does, in a word or two.
  public var label: String

  /// A hint that `key` does `label`.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}
