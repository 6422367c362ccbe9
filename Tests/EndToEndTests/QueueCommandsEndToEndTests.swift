import EventState
import Foundation
import Testing

/// `mingle queue list|add|next|remove` as a script or a stream deck calls them, and two `next`
/// commands at once.
@Suite struct QueueCommandsEndToEndTests {
  /// The tab-separated fields of each line of `output`.
  func rows(_ output: String) -> [[String]] {
    output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  @Test func addListNextAndRemoveThroughTheStore() throws {
    let event = try ModeratedEvent()
    let added = try event.mingle(
      "queue", "add", event.path, "Ada Lovelace", "--pitch", "Engines that weave algebra", "--minutes", "2")
    #expect(added.status == 0, "\(added.error)")
    let ada = try #require(rows(added.output).first)
    #expect(
      ada.count == 5 && ada[0] == "1" && ada[2] == "Ada Lovelace" && ada[3] == "2:00" && ada[4] == "Engines that weave algebra")
    #expect(try event.mingle("queue", "add", event.path, "Grace Hopper", "--pitch", "Nanoseconds").output.hasPrefix("2\t"))
    #expect(try event.mingle("queue", "add", event.path, "Alan Kay", "--pitch", "The future").status == 0)
    #expect(try event.store().snapshot(now: Date()).waiting.map(\.name) == ["Ada Lovelace", "Grace Hopper", "Alan Kay"])
    let enqueue = try #require(try event.audited("enqueue").first)
    #expect(enqueue.actor.hasPrefix("mingle queue add pid "))

    let first = try event.mingle("queue", "next", event.path)
    #expect(first.status == 0, "\(first.error)")
    #expect(rows(first.output).map { $0[0] } == ["LIVE"])
    #expect(rows(first.output)[0][1] == ada[1])

    let second = try event.mingle("queue", "next", event.path)
    #expect(rows(second.output).map { [$0[0], $0[2]] } == [["DONE", "Ada Lovelace"], ["LIVE", "Grace Hopper"]])

    let listed = rows(try event.mingle("queue", "list", event.path).output)
    #expect(listed.map { [$0[0], $0[2]] } == [["LIVE", "Grace Hopper"], ["1", "Alan Kay"], ["DONE", "Ada Lovelace"]])
    #expect(listed[0][3].hasSuffix("/3:00"), "spoken/slot: \(listed[0][3])")
    #expect(listed.allSatisfy { $0.count == 5 })

    let live = try event.mingle("queue", "remove", event.path, "grace hopper")
    #expect(live.status == 4, "the live speaker is not removed")
    #expect(live.error.contains("mingle queue next"))
    let removed = try event.mingle("queue", "remove", event.path, "alan KAY")
    #expect(removed.status == 0 && removed.output.hasPrefix("Removed Alan Kay ("), "\(removed.error)")
    #expect(try event.mingle("queue", "remove", event.path, "Alan Kay").status == 4)
    #expect(try event.audited("remove").map(\.detail) == ["Alan Kay"])
  }

  @Test func removeByIdAndAmbiguousNames() throws {
    let event = try ModeratedEvent()
    let first = rows(try event.mingle("queue", "add", event.path, "Sam Lee", "--pitch", "One").output)[0][1]
    let second = rows(try event.mingle("queue", "add", event.path, "Sam Lee", "--pitch", "Two").output)[0][1]
    let ambiguous = try event.mingle("queue", "remove", event.path, "Sam Lee")
    #expect(ambiguous.status == 4)
    #expect(ambiguous.error.contains(first) && ambiguous.error.contains(second))
    #expect(try event.mingle("queue", "remove", event.path, second).status == 0)
    #expect(try event.store().snapshot(now: Date()).waiting.map(\.pitch) == ["One"])
    #expect(try event.mingle("queue", "remove", event.path, "nobody-here").status == 4)
  }

  @Test func nextRefusesAStaleExpectationAndAnEmptyQueue() throws {
    let event = try ModeratedEvent()
    let empty = try event.mingle("queue", "next", event.path)
    #expect(empty.status == 4)
    #expect(empty.error.contains("nobody is live or waiting"))
    _ = try event.mingle("queue", "add", event.path, "Ada Lovelace", "--pitch", "Engines")
    _ = try event.mingle("queue", "add", event.path, "Grace Hopper", "--pitch", "Bugs")
    #expect(try event.mingle("queue", "next", event.path, "--expect-live", "none").status == 0)
    let stale = try event.mingle("queue", "next", event.path, "--expect-live", "none")
    #expect(stale.status == 4)
    #expect(stale.error.contains("Ada Lovelace"), "says who is live now: \(stale.error)")
    #expect(try event.store().snapshot(now: Date()).liveSpeaker?.name == "Ada Lovelace")
    #expect(try event.audited("next").count == 1)
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let event = try ModeratedEvent()
    #expect(try event.mingle("queue", "add", event.path, "Ada", "--pitch", "x", "--minutes", "9").status == 64)
    #expect(try event.mingle("queue", "add", event.path, "Ada").status == 64, "--pitch is required")
    #expect(try event.mingle("queue", "add", event.path, "Ada", "--pitch", String(repeating: "p", count: 81)).status == 64)
    #expect(try event.store().snapshot(now: Date()).queue.isEmpty)
  }

  @Test func twoNextCommandsIssuedTogetherAdvanceTheQueueExactlyOnce() throws {
    let event = try ModeratedEvent()
    let store = try event.store()
    let rounds = 6
    for index in 0..<rounds {
      try store.enqueue(
        OpenMicEntry(id: "e\(index)", name: "Speaker \(index)", pitch: "Pitch", minutes: 3, position: -1, joinedAt: Date()),
        actor: "test")
    }
    var expected = "none"
    for round in 0..<rounds {
      let results = Gathered()
      let arguments = ["queue", "next", event.path, "--expect-live", expected]
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        results.put(Result(catching: { try MingleBinary.run(arguments, environment: ["MINGLE_PIN": DemoEvent.pin]) }), at: index)
      }
      let finished = try results.values.map { try $0.get() }
      #expect(finished.map(\.status).sorted() == [0, 4], "round \(round): \(finished.map(\.error))")
      let live = try store.snapshot(now: Date())
      #expect(live.liveSpeaker?.id == "e\(round)")
      #expect(live.finished.count == round)
      #expect(try event.audited("next").count == round + 1)
      expected = "e\(round)"
    }
  }

  /// Two moderators at two terminals issue `mingle queue next` for the same speaker: each command has
  /// read who is live and waits at its PIN prompt before either PIN is typed (the slow PIN check is
  /// where they overlap), so the test does not depend on how fast a loaded machine starts them.
  @Test func twoPlainNextCommandsIssuedTogetherAdvanceTheQueueExactlyOnce() throws {
    let event = try ModeratedEvent()
    let store = try event.store()
    let rounds = 3
    for index in 0...rounds {
      try store.enqueue(
        OpenMicEntry(id: "s\(index)", name: "Speaker \(index)", pitch: "Pitch", minutes: 3, position: -1, joinedAt: Date()),
        actor: "test")
    }
    try store.advanceQueue(
      expectingLive: nil, settings: EventFolder.load(from: event.folder).config.openMic, at: Date(), actor: "test")
    for round in 1...rounds {
      let command = "\(Shell.quote(MingleBinary.path)) queue next \(Shell.quote(event.path)); echo \"next exited with $?\"; sleep 60"
      let terminals = try (0..<2).map { _ in try TmuxSession(["/bin/sh", "-c", command], columns: 120, rows: 10) }
      for terminal in terminals {
        #expect(terminal.wait(for: "Moderator PIN for") != nil, "round \(round):\n\(terminal.screen())")
      }
      for terminal in terminals {
        try terminal.type(DemoEvent.pin)
        try terminal.send(keys: "Enter")
      }
      let screens = terminals.map { terminal in
        _ = terminal.wait(for: "next exited with")
        return terminal.screen()
      }
      let statuses = screens.map { screen in ["0", "4"].first { screen.contains("next exited with \($0)") } ?? "?" }
      #expect(statuses.sorted() == ["0", "4"], "round \(round):\n\(screens.joined(separator: "\n---\n"))")
      let refused = screens.first { $0.contains("next exited with 4") } ?? ""
      #expect(refused.contains("Speaker \(round) (s\(round)) is live now"), "\(refused)")

      let listed = rows(try event.mingle("queue", "list", event.path).output)
      #expect(listed.first.map { [$0[0], $0[1]] } == ["LIVE", "s\(round)"], "round \(round): \(listed)")
      #expect(listed.filter { $0[0] == "DONE" }.count == round, "round \(round): \(listed)")
      #expect(try event.audited("next").count == round + 1, "one advance per round, after the test's first")
    }
  }
}

/// Results of commands run on several threads, each in its own slot.
final class Gathered: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Int: Result<Shell.Result, any Error>] = [:]

  func put(_ result: Result<Shell.Result, any Error>, at index: Int) {
    lock.withLock { slots[index] = result }
  }

  /// The results by slot.
  var values: [Result<Shell.Result, any Error>] { lock.withLock { slots.keys.sorted().compactMap { slots[$0] } } }
}
