import Foundation

/// `r`: the personal code, then the card it opens, with edit and delete.
public struct ManageCard: Sendable, Hashable {
  /// Where the flow is.
  public enum Stage: Sendable, Hashable {
    /// Typing the code.
    case code
    /// The card is shown: `e` edits, `d` deletes.
    case card(PinnedCard)
    /// "Delete your card?" waiting for y/n.
    case confirmDelete(PinnedCard)
  }

  public var stage: Stage = .code
  public var code = TextInput(limit: PersonalCode.length)
  public var error: String?

  public init() {}
}
