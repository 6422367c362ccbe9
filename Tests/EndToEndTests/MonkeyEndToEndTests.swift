import EventState
import Foundation
import Testing

/// A monkey at the kiosk keyboard: a storm of random keys and terminal resizes against `mingle run` on a
/// moderated event whose PIN the monkey does not know. The kiosk must survive it, still draw afterwards,
/// and never have opened the moderator controls.
///
/// `MINGLE_MONKEY_SEED` replays a storm (the seed is printed on every run); `MINGLE_MONKEY_KEYS` sets how
/// many keys it sends (100,000 by default, CI's form; more for a longer run by hand).
@Suite struct MonkeyEndToEndTests {
  /// The moderator PIN of the monkey's event: eight digits the monkey is never told and does not type.
  static let pin = "73915604"
  /// Keys sent by one `tmux send-keys` call.
  static let keysPerBatch = 500
  /// Random resizes spread over the storm.
  static let resizes = 200

  @Test func randomKeysAndResizesNeitherStopTheKioskNorUnlockTheModerator() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["MINGLE_MONKEY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: .min ... .max)
    let keyCount = environment["MINGLE_MONKEY_KEYS"].flatMap { Int($0) } ?? 100_000
    print("monkey: seed \(seed), \(keyCount) keys, \(Self.resizes) resizes (replay: MINGLE_MONKEY_SEED=\(seed))")

    let folder = try MingleBinary.temporaryFolder().appendingPathComponent("event")
    try DemoEvent.write(to: folder, pinHash: PINHash.make(pin: Self.pin))
    let event = ModeratedEvent(folder: folder)
    // The kiosk's standard error goes to a file: a crash message written to the terminal is gone with it.
    let errors = folder.appendingPathComponent("stderr.txt")
    let script = "exec \(Shell.quote(MingleBinary.path)) run \(Shell.quote(event.path)) 2> \(Shell.quote(errors.path))"
    let kiosk = try TmuxSession(["/bin/sh", "-c", script], columns: 100, rows: 30)
    #expect(kiosk.wait(for: "Climate Tech") != nil, "\(kiosk.screen())")
    let pid = try kiosk.pid()

    var monkey = MonkeyKeys(seed: seed)
    var sizes = SplitMix64(seed: ~seed)
    var typed: [UInt8] = []
    let batches = (keyCount + Self.keysPerBatch - 1) / Self.keysPerBatch
    for batch in 0..<batches {
      let keys = min(Self.keysPerBatch, keyCount - batch * Self.keysPerBatch)
      let bytes = monkey.bytes(keys: keys)
      typed += bytes
      try kiosk.send(bytes: bytes)
      for _ in 0..<((batch + 1) * Self.resizes / batches - batch * Self.resizes / batches) {
        try kiosk.resize(columns: Int.random(in: 20...400, using: &sizes), rows: Int.random(in: 5...120, using: &sizes))
      }
    }
    #expect(!typed.contains(Array(Self.pin.utf8)), "the monkey typed the PIN: this seed proves nothing")

    try kiosk.resize(columns: 100, rows: 30)
    // A debug build works through 110–170 keys a second at the storm's sizes: allow for 50 a second.
    let drained = ProcessActivity.waitUntilIdle(pid, timeout: 60 + Double(keyCount) / 50)
    let replay = "replay: MINGLE_MONKEY_SEED=\(seed); the kiosk's standard error: \((try? String(contentsOf: errors, encoding: .utf8)) ?? "")"
    #expect(drained != nil, "the kiosk did not settle after the storm (\(replay)):\n\(kiosk.screen())")
    #expect(kiosk.variable("pane_dead") == "0", "the kiosk exited (\(kiosk.variable("pane_dead_status")); \(replay))")
    #expect(try kiosk.pid() == pid)
    #expect(kill(pid, 0) == 0, "the kiosk process \(pid) is gone")
    let draws = (0..<5).contains { _ in
      (try? kiosk.send(keys: "Escape")) != nil && kiosk.wait(for: "Climate Tech", timeout: 4) != nil
    }
    #expect(draws, "the kiosk no longer draws its header at 100x30:\n\(kiosk.screen())")

    let store = try event.store()
    let actions = try store.auditLog(limit: nil).map(\.action)
    #expect(!actions.contains("unlock"), "the moderator controls were unlocked: \(Set(actions))")
    let live = try store.snapshot(now: Date())
    #expect(!live.control.rotationPaused, "the display was paused")
    #expect(live.liveSpeaker == nil, "\(live.liveSpeaker?.name ?? "") went live")
  }
}
