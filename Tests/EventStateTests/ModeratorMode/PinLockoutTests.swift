import Foundation
import Testing

@testable import EventState

@Suite("PIN lockout")
struct PinLockoutTests {
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  /// The lockout after `count` wrong PINs typed one second apart from `start`.
  func failing(_ count: Int, from start: Date, after lockout: PinLockout = PinLockout()) -> PinLockout {
    (0..<count).reduce(lockout) { lockout, index in lockout.afterFailure(at: start.addingTimeInterval(Double(index))) }
  }

  @Test("four wrong PINs only count; the fifth locks the prompt for 60 s")
  func fifthLocks() {
    let four = failing(4, from: t0)
    #expect(!four.isLocked(at: t0.addingTimeInterval(4)))
    #expect(four.attemptsLeft == 1)
    let five = four.afterFailure(at: t0.addingTimeInterval(10))
    #expect(five.isLocked(at: t0.addingTimeInterval(10)))
    #expect(five.secondsLeft(at: t0.addingTimeInterval(10)) == 60)
    #expect(five.secondsLeft(at: t0.addingTimeInterval(69.5)) == 1)
    #expect(!five.isLocked(at: t0.addingTimeInterval(70)))
    #expect(five.attemptsLeft == 0)
  }

  @Test("each further wrong PIN doubles the lock: 120 s, 240 s, … at most an hour")
  func doubling() {
    var lockout = failing(5, from: t0)
    var now = t0.addingTimeInterval(100)
    var locks: [Int] = []
    for _ in 0..<8 {
      lockout = lockout.afterFailure(at: now)
      locks.append(lockout.secondsLeft(at: now) ?? 0)
      now = lockout.lockedUntil!.addingTimeInterval(1)
    }
    #expect(locks == [120, 240, 480, 960, 1920, 3600, 3600, 3600])
    #expect(PinLockout.lockSeconds(afterFailures: 1000) == PinLockout.longestLockSeconds)
  }

  @Test("no lock and all attempts by default")
  func fresh() {
    let lockout = PinLockout()
    #expect(!lockout.isLocked(at: t0))
    #expect(lockout.secondsLeft(at: t0) == nil)
    #expect(lockout.attemptsLeft == PinLockout.freeAttempts)
  }
}
