import Foundation
import Testing

@testable import EventState

@Suite("Checking a PIN (at a kiosk, a console or the command line)")
struct PinCheckTests {
  let folder = ScratchFolder()
  /// One round, so that many checks stay fast.
  let hash = PINHash.make(pin: "2468", iterations: 1)

  @Test("the right PIN is accepted, clears earlier failures and is audited as an unlock")
  func accepted() throws {
    let store = try EventStore(url: folder.stateURL)
    _ = try PinCheck.check("1111", against: hash, in: store, at: storeT0, actor: "kiosk")
    #expect(try PinCheck.check("2468", against: hash, in: store, at: storeT0, actor: "mingle queue list pid 7") == .accepted)
    #expect(try store.pinLockout() == PinLockout())
    let last = try #require(try store.auditLog(limit: 1).first)
    #expect(last.action == "unlock" && last.actor == "mingle queue list pid 7")
  }

  @Test("wrong PINs count with the kiosk's, are audited, and the fifth locks; then no PIN is looked at")
  func wrongThenLocked() throws {
    let store = try EventStore(url: folder.stateURL)
    _ = try PinCheck.check("1111", against: hash, in: store, at: storeT0, actor: "kiosk")
    for (attemptsLeft, detail) in [(3, "3 attempts left"), (2, "2 attempts left"), (1, "1 attempt left")] {
      let outcome = try PinCheck.check("1111", against: hash, in: store, at: storeT0, actor: "cli")
      #expect(outcome == .wrong(PinLockout(failures: 5 - attemptsLeft)))
      #expect(try store.auditLog(limit: 1).map(\.detail) == [detail])
    }
    let locking = try PinCheck.check("1111", against: hash, in: store, at: storeT0, actor: "cli")
    #expect(locking == .wrong(PinLockout(failures: 5, lockedUntil: storeT0.addingTimeInterval(60))))
    #expect(try store.auditLog(limit: 1).map(\.detail) == ["locked for 60 s"])

    let later = storeT0.addingTimeInterval(15)
    #expect(try PinCheck.check("2468", against: hash, in: store, at: later, actor: "cli") == .locked(secondsLeft: 45))
    #expect(try store.pinLockout().failures == 5, "an attempt while locked is not counted")
    let refused = try #require(try store.auditLog(limit: 1).first)
    #expect(refused.action == "PIN refused" && refused.detail == "locked, 45 s left" && refused.actor == "cli", "but it is audited")
    #expect(try store.auditLog(limit: nil).filter { $0.action == "unlock" }.isEmpty)

    let afterLock = storeT0.addingTimeInterval(61)
    #expect(try PinCheck.check("2468", against: hash, in: store, at: afterLock, actor: "cli") == .accepted)
  }

  @Test("many attempts at once from two stores get no more tries than the lockout allows")
  func concurrentAttempts() throws {
    let stores = [try EventStore(url: folder.stateURL), try EventStore(url: folder.stateURL)]
    // A slow hash, so that every attempt has started before the first one is decided.
    let slow = PINHash.make(pin: "2468", iterations: 20_000)
    let outcomes = Outcomes()
    let done = DispatchGroup()
    for index in 0..<12 {
      done.enter()
      Thread {
        outcomes.append(
          Result(catching: {
            try PinCheck.check("0000", against: slow, in: stores[index % 2], at: storeT0, actor: "cli \(index)")
          }))
        done.leave()
      }.start()
    }
    done.wait()
    let results = try outcomes.all.map { try $0.get() }
    #expect(results.filter { if case .wrong = $0 { true } else { false } }.count == PinLockout.freeAttempts)
    #expect(results.filter { $0 == .locked(secondsLeft: 60) }.count == 12 - PinLockout.freeAttempts)
    #expect(try stores[0].auditLog(limit: nil).filter { $0.action == "wrong PIN" }.count == PinLockout.freeAttempts)
  }
}

/// Results gathered from several threads.
final class Outcomes: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<PinCheck.Outcome, any Error>] = []

  func append(_ result: Result<PinCheck.Outcome, any Error>) {
    lock.withLock { results.append(result) }
  }

  var all: [Result<PinCheck.Outcome, any Error>] { lock.withLock { results } }
}
