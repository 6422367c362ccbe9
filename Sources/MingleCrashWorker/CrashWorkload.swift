import EventState
import Foundation

/// The random actions of one worker: pin a card, join the open-mic queue, or advance it, each as
/// one store call with an id made before it (`TAG.N`), which is also the actor of its audit entry.
///
/// A card and a queue entry carry their id as their name too, so that the audit entry of a `next`
/// ("FROM → TO", by name) says which entries it moved.
struct CrashWorkload {
  let store: EventStore
  let tag: String
  var random: SplitMix64
  /// How many actions this worker has started.
  var serial = 0

  /// Performs one random action and returns its acknowledgement line: `ACK pin ID`,
  /// `ACK enqueue ID`, or `ACK next ID FROM->TO` (`nobody` on either side when nobody finished or
  /// went live), `ACK next ID stale` (another process advanced first) or `ACK next ID empty`.
  mutating func performNextAction() throws -> String {
    serial += 1
    let id = "\(tag).\(serial)"
    switch random.next() % 3 {
    case 0:
      try store.pin(PinnedCard(id: id, topicID: "crash", name: id, pinnedAt: Date()), actor: id)
      return "ACK pin \(id)"
    case 1:
      try store.enqueue(OpenMicEntry(id: id, name: id, pitch: "", minutes: 1, position: -1, joinedAt: Date()), actor: id)
      return "ACK enqueue \(id)"
    default:
      let live = try store.snapshot(now: Date()).liveSpeaker?.id
      switch try store.advanceQueue(expectingLive: live, settings: OpenMicSettings(), at: Date(), actor: id) {
      case .advanced(let finished, let live):
        return "ACK next \(id) \(finished?.id ?? "nobody")->\(live?.id ?? "nobody")"
      case .alreadyAdvanced:
        return "ACK next \(id) stale"
      case .empty:
        return "ACK next \(id) empty"
      }
    }
  }
}
