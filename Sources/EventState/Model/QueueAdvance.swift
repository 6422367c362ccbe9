/// What a `next` did to the open-mic queue.
public enum QueueAdvance: Sendable, Hashable {
  /// The live speaker (if any) finished and the next one (if any) went live.
  case advanced(finished: OpenMicEntry?, live: OpenMicEntry?)
  /// Someone else moved the queue on first: the live speaker is no longer the one expected, so
  /// nothing changed. Carries who is live now.
  case alreadyAdvanced(live: OpenMicEntry?)
  /// Nobody is live and nobody is waiting.
  case empty
}
