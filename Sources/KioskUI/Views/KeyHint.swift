/// A key and what it does, shown in the footer ("←/→" "screens").
public struct KeyHint: Sendable, Hashable {
  /// The key as printed on the keyboard.
  public var key: String
  /// What pressing it does, in a word or two.
  public var label: String
  /// A shorter label for narrow footers ("pin card" for "pin your card"); the label when nil.
  public var shortLabel: String?

  /// A hint that `key` does `label` (or `shortLabel` where room is short).
  public init(key: String, label: String, shortLabel: String? = nil) {
    self.key = key
    self.label = label
    self.shortLabel = shortLabel
  }
}
