import EventState
import Foundation
import Testing

/// `mingle moderate DIR`: the moderator's console in a second terminal, on the kiosks' store.
@Suite struct ModerateConsoleEndToEndTests {
  /// Polls `condition` until it holds or `timeout` seconds pass; whether it held.
  func eventually(timeout: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let start = Date()
    while Date().timeIntervalSince(start) < timeout {
      if try condition() { return true }
      usleep(50_000)
    }
    return try condition()
  }

  @Test func theConsoleAsksForThePinThenItsKeysChangeTheSharedStore() throws {
    let event = try ModeratedEvent()
    let store = try event.store()
    try store.enqueue(
      OpenMicEntry(id: "ada", name: "Ada Lovelace", pitch: "Engines", minutes: 3, position: -1, joinedAt: Date()), actor: "test")
    let command = "\(Shell.quote(MingleBinary.path)) moderate \(Shell.quote(event.path)); echo \"console exited with $?\"; sleep 60"
    let session = try TmuxSession(["/bin/sh", "-c", command], columns: 100, rows: 30)
    #expect(session.wait(for: "Type the PIN") != nil, "the console opens at the PIN prompt:\n\(session.screen())")

    try session.type("1111")
    try session.send(keys: "Enter")
    #expect(try eventually { try store.pinLockout().failures == 1 }, "a wrong PIN counts in the shared lockout")
    try session.send(keys: "n")
    try session.type("2468")
    try session.send(keys: "Enter")
    #expect(try eventually { try event.audited("unlock").count == 1 }, "the console starts at the PIN prompt")
    #expect(session.wait(for: "Ada Lovelace") != nil, "the unlocked console lists the queue:\n\(session.screen())")
    #expect(try store.snapshot(now: Date()).liveSpeaker == nil, "n typed at the prompt does nothing")

    try session.send(keys: "n")
    #expect(try eventually { try store.snapshot(now: Date()).liveSpeaker?.id == "ada" })
    #expect(try event.audited("next").count == 1)

    try session.send(keys: "C-c")
    #expect(session.wait(for: "console exited with 0", timeout: 20) != nil, "Ctrl-C quits the console cleanly:\n\(session.screen())")
  }

  @Test func theConsoleRefusesAMissingFolder() throws {
    let result = try MingleBinary.run(["moderate", "/nonexistent/mingle-event"])
    #expect(result.status != 0)
    #expect(result.error.contains("no such event folder"))
  }
}
