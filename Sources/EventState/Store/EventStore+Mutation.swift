extension EventStore {
  /// Makes the change a kiosk asked for. The attendee's changes are idempotent: repeating one (a
  /// retry after a failure or a crash) changes nothing more. Moderator changes are compare-and-set
  /// (`advanceQueue`) or carry their own guard (a move past the end, a remove of a gone entry, do
  /// nothing).
  public func apply(_ mutation: StoreMutation, actor: String) throws {
    switch mutation.change {
    case .pin(let card): try pin(card, actor: actor)
    case .update(let card): try updateCard(card, actor: actor)
    case .delete(let id): try deleteCard(id: id, actor: actor)
    case .enqueue(let entry): try enqueue(entry, actor: actor)
    case .setCardHidden(let id, let hidden): try setCardHidden(id: id, hidden: hidden, actor: actor)
    case .advanceQueue(let expected, let settings, let date):
      try advanceQueue(expectingLive: expected, settings: settings, at: date, actor: actor)
    case .moveQueueEntry(let id, let offset): try moveQueueEntry(id: id, by: offset, actor: actor)
    case .removeQueueEntry(let id): try removeQueueEntry(id: id, actor: actor)
    case .adjustLiveTime(let id, let seconds): try adjustLiveTime(id: id, bySeconds: seconds, actor: actor)
    case .toggleTimer(let id, let date): try toggleTimer(id: id, at: date, actor: actor)
    case .announce(let announcement): try announce(announcement, actor: actor)
    case .setRotationPaused(let paused, let date): try setRotationPaused(paused, at: date, actor: actor)
    case .requestScreen(let screen, let date): try requestScreen(screen, at: date, actor: actor)
    case .audit(let entry): try audit(AuditEntry(at: entry.at, actor: actor, action: entry.action, detail: entry.detail))
    }
  }
}
