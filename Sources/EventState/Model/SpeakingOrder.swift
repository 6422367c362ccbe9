/// Who speaks next: the waiting entries by position, with the event's fairness rules applied. Both
/// the displays ("Up next") and the `next` command use it, so the board shows what `next` will do.
///
/// A person is recognized by their name (`NameKey.fold`), as queue entries carry no other identity.
public enum SpeakingOrder {
  /// The waiting entries of `queue` in the order they will speak under `settings`: each pick is the
  /// first by position among the candidates left after the rules (a rule that would leave nobody
  /// is waived for that pick).
  public static func upNext(_ queue: [OpenMicEntry], settings: OpenMicSettings) -> [OpenMicEntry] {
    var pool = queue.filter { $0.status == .queued }.sorted { ($0.position, $0.joinedAt, $0.id) < ($1.position, $1.joinedAt, $1.id) }
    var spoken = Set(queue.filter { $0.status != .queued }.map { NameKey.fold($0.name) })
    var previous = previousSpeaker(in: queue).map { NameKey.fold($0.name) }
    var order: [OpenMicEntry] = []
    while !pool.isEmpty {
      var candidates = pool.indices.map { $0 }
      if settings.firstTimersFirst { candidates = preferring(candidates) { !spoken.contains(NameKey.fold(pool[$0].name)) } }
      if settings.noRepeatInARow { candidates = preferring(candidates) { NameKey.fold(pool[$0].name) != previous } }
      let pick = pool.remove(at: candidates[0])
      let person = NameKey.fold(pick.name)
      order.append(pick)
      spoken.insert(person)
      previous = person
    }
    return order
  }

  /// Who spoke last: the live speaker, or else the one who finished last.
  static func previousSpeaker(in queue: [OpenMicEntry]) -> OpenMicEntry? {
    queue.first { $0.status == .live }
      ?? queue.filter { $0.status == .done }.max { ($0.endedAt ?? $0.joinedAt) < ($1.endedAt ?? $1.joinedAt) }
  }

  /// The candidates that pass `rule`, or all of them when none does.
  static func preferring(_ candidates: [Int], _ rule: (Int) -> Bool) -> [Int] {
    let passing = candidates.filter(rule)
    return passing.isEmpty ? candidates : passing
  }
}
