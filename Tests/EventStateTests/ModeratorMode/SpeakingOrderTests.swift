import Foundation
import Testing

@testable import EventState

@Suite("Speaking order and fairness")
struct SpeakingOrderTests {
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  func entry(_ id: String, _ name: String, _ status: OpenMicEntry.Status = .queued, position: Int, endedAt: Double? = nil) -> OpenMicEntry {
    OpenMicEntry(
      id: id, name: name, pitch: "", minutes: 3, status: status, position: position, joinedAt: t0,
      startedAt: status == .queued ? nil : t0, endedAt: endedAt.map { t0.addingTimeInterval($0) })
  }

  func names(_ queue: [OpenMicEntry], _ settings: OpenMicSettings) -> [String] {
    SpeakingOrder.upNext(queue, settings: settings).map(\.name)
  }

  @Test("without rules the waiting entries go by position")
  func byPosition() {
    let queue = [entry("c", "Cleo", position: 3), entry("a", "Ada", position: 1), entry("l", "Lin", .live, position: 0), entry("b", "Ben", position: 2)]
    #expect(names(queue, OpenMicSettings()) == ["Ada", "Ben", "Cleo"])
  }

  @Test("nobody twice in a row: the live speaker's next entry waits for someone else")
  func noRepeat() {
    let queue = [entry("l", "Ada Quill", .live, position: 0), entry("a2", "ada quill", position: 1), entry("b", "Ben", position: 2)]
    #expect(names(queue, OpenMicSettings()) == ["ada quill", "Ben"])
    #expect(names(queue, OpenMicSettings(noRepeatInARow: true)) == ["Ben", "ada quill"])
  }

  @Test("nobody twice in a row also looks at who finished last when nobody is live")
  func noRepeatAfterFinished() {
    let queue = [
      entry("old", "Ben", .done, position: 0, endedAt: 10), entry("last", "Ada", .done, position: 0, endedAt: 20),
      entry("a2", "Ada", position: 1), entry("c", "Cleo", position: 2),
    ]
    #expect(names(queue, OpenMicSettings(noRepeatInARow: true)) == ["Cleo", "Ada"])
  }

  @Test("a rule that would leave nobody is waived")
  func waived() {
    let queue = [entry("l", "Ada", .live, position: 0), entry("a2", "Ada", position: 1)]
    #expect(names(queue, OpenMicSettings(noRepeatInARow: true, firstTimersFirst: true)) == ["Ada"])
  }

  @Test("first-time speakers go before people who spoke already")
  func firstTimers() {
    let queue = [
      entry("done", "Ben", .done, position: 0, endedAt: 5), entry("b2", "Ben", position: 1), entry("a", "Ada", position: 2),
      entry("c", "Cleo", position: 3), entry("a2", "Ada", position: 4),
    ]
    #expect(names(queue, OpenMicSettings()) == ["Ben", "Ada", "Cleo", "Ada"])
    #expect(names(queue, OpenMicSettings(firstTimersFirst: true)) == ["Ada", "Cleo", "Ben", "Ada"])
  }
}
