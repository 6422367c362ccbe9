import EventState
import Foundation

extension Demo {
  /// Demo's live state between two speakers: Priya is back in the queue, nobody is on stage (the
  /// rotation runs as usual).
  static var nobodyLive: LiveState {
    var live = Demo.live
    live.queue[0].status = .queued
    live.queue[0].startedAt = nil
    return live
  }

  /// Demo's live state with Priya `secondsLeft` seconds before the end of her slot, her timer
  /// stopped at `Demo.now` when `paused`.
  static func live(secondsLeft: Double, paused: Bool = false) -> LiveState {
    var live = Demo.live
    live.queue[0].startedAt = now.addingTimeInterval(secondsLeft - 300)
    if paused { live.queue[0].pausedAt = now }
    return live
  }
}
