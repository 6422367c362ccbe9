extension EventStore {
  /// Makes the change a kiosk asked for. Idempotent: repeating a mutation (a retry after a failure
  /// or a crash) changes nothing more.
  public func apply(_ mutation: StoreMutation, actor: String) throws {
    switch mutation.change {
    case .pin(let card): try pin(card, actor: actor)
    case .update(let card): try updateCard(card, actor: actor)
    case .delete(let id): try deleteCard(id: id, actor: actor)
    case .enqueue(let entry): try enqueue(entry, actor: actor)
    }
  }
}
