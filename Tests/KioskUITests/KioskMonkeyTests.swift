import EventState
import Foundation
import KioskUI
import Testing

/// The monkey without a terminal: random keys, resizes, ticks and store round trips go through the
/// kiosk's reducer and a real store, and every state is drawn at its size, as the runner does. It
/// finds in seconds what the end-to-end monkey finds in minutes, and it also drives the moderator's
/// controls, which the end-to-end monkey (who does not know the PIN) never reaches.
///
/// `MINGLE_FUZZ_SEED` replays a run (the seed is printed); `MINGLE_FUZZ_ACTIONS` sets how many
/// actions each run takes.
@Suite struct KioskMonkeyTests {
  /// The demo event's moderator PIN for this suite.
  static let pin = "2468"

  static var actions: Int { ProcessInfo.processInfo.environment["MINGLE_FUZZ_ACTIONS"].flatMap { Int($0) } ?? 2_000 }

  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["MINGLE_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: .min ... .max)
  }

  @Test func randomActionsAtALockedKioskNeitherCrashNorUnlock() throws {
    let seed = Self.seed
    print("kiosk monkey, locked: seed \(seed), \(Self.actions) actions (replay: MINGLE_FUZZ_SEED=\(seed))")
    var monkey = try KioskMonkey(seed: seed, pin: Self.pin)
    monkey.run(actions: Self.actions)
    #expect(!monkey.state.moderator.isUnlocked, "seed \(seed)")
    #expect(monkey.frames > 0)
  }

  @Test func randomActionsAtAnUnlockedKioskNeverCrash() throws {
    let seed = Self.seed
    print("kiosk monkey, unlocked: seed \(seed), \(Self.actions) actions (replay: MINGLE_FUZZ_SEED=\(seed))")
    var monkey = try KioskMonkey(seed: seed, pin: Self.pin)
    monkey.unlock()
    #expect(monkey.state.moderator.isUnlocked)
    monkey.run(actions: Self.actions, staysUnlocked: true)
    #expect(monkey.frames > 0)
  }
}
