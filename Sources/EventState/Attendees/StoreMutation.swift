/// A change the kiosk asks the store to make. Its id is made before the write, so the runner can
/// retry it and the store ignores a repeat.
public struct StoreMutation: Sendable, Hashable {
  /// What to change.
  public enum Change: Sendable, Hashable {
    case pin(PinnedCard)
    case update(PinnedCard)
    case delete(cardID: String)
    case enqueue(OpenMicEntry)
  }

  public var id: String
  public var change: Change

  public init(id: String, change: Change) {
    self.id = id
    self.change = change
  }
}
