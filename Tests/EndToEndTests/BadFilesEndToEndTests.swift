import Foundation
import KioskUI
import Testing

@testable import EventState

/// Bad files (issue #6): every file of an event folder malformed, missing or unreadable, and a full
/// disk under the store. Whatever happens, mingle says which file (and line) is wrong, never crashes,
/// and keeps the last good state.
///
/// For each case of `BadFileCase.all`: `mingle check` names the file and line; a kiosk running on the
/// folder keeps showing the last good version (the moderator panel names the problem) or uses what
/// could be read, and then takes the next good version; a kiosk started on the bad folder runs and
/// prints the problem when it ends. Random damage (`MINGLE_BAD_FILES_EDITS` edits, 25 in CI's short
/// form, thousands by hand; `MINGLE_BAD_FILES_SEED` replays a run) never crashes `mingle check`. The
/// full-disk test fills a tmpfs under a running kiosk; where no tmpfs can be mounted (or with
/// `MINGLE_FULL_DISK=page-limit`) it limits the store's size with `PRAGMA max_page_count` instead, in
/// this process, and says which of the two it used.
@Suite struct BadFilesEndToEndTests {
  // MARK: - mingle check

  @Test func theGoodVersionsHaveNoProblems() throws {
    let event = try BadFileEvent()
    let result = try MingleBinary.run(["check", event.path])
    #expect(result.status == 0)
    #expect(result.output.hasSuffix("0 error(s), 0 warning(s)\n"), "\(result.output)")
  }

  @Test(arguments: BadFileCase.all)
  func checkNamesTheFileAndTheLine(_ bad: BadFileCase) throws {
    let event = try BadFileEvent()
    try bad.apply(to: event, over: 1)
    let result = try MingleBinary.run(["check", event.path])
    switch bad.verdict {
    case .rejected: #expect(result.status == 1, "\(result.output)\(result.error)")
    case .used: #expect(result.status == 0, "\(result.output)\(result.error)")
    }
    if let problem = bad.problem {
      #expect(result.output.contains("\(event.path)/\(problem)"), "\(result.output)")
    } else {
      #expect(!result.output.contains("\(event.path)/\(bad.file.rawValue)"), "\(result.output)")
    }
    #expect(result.error.isEmpty, "\(result.error)")
  }

  // MARK: - A kiosk running when the file goes bad

  @Test(arguments: BadFileBatch.all)
  func aRunningKioskKeepsTheLastGoodVersionAndTakesTheNextOne(_ batch: BadFileBatch) throws {
    let event = try BadFileEvent()
    let kiosk = try BadFileKiosk(folder: event.folder, screen: batch.screen)
    var versions = [BadFileEvent.File: Int]()
    for file in BadFileEvent.File.allCases { versions[file] = 1 }
    let first = kiosk.wait { screen, styled in batch.cases.allSatisfy { $0.file.shows(version: 1, screen: screen, styled: styled) } }
    #expect(first != nil, "the kiosk does not show the good versions:\n\(kiosk.session.screen())")

    for bad in batch.cases {
      let version = versions[bad.file, default: 1]
      switch bad.verdict {
      case .rejected:
        try kiosk.unlock()
        try bad.apply(to: event, over: version)
        let warned = kiosk.session.wait { $0.contains("\(bad.location ?? bad.file.rawValue): ") && $0.contains("last good version kept") }
        #expect(warned != nil, "\(bad): the moderator panel does not name the problem:\n\(kiosk.session.screen())")
        try kiosk.lock()
        let kept = versions[bad.kept, default: 1]
        #expect(
          kiosk.wait(timeout: 1) { bad.kept.shows(version: kept, screen: $0, styled: $1) } != nil,
          "\(bad): the last good version is gone:\n\(kiosk.session.screen())")
      case .used(let showing):
        try bad.apply(to: event, over: version)
        let used = kiosk.wait { $0.contains(showing) && !bad.file.shows(version: version, screen: $0, styled: $1) }
        #expect(used != nil, "\(bad): what could be read is not shown:\n\(kiosk.session.screen())")
      }
      versions[bad.file] = version + 1
      try event.write(bad.file, version: version + 1)
      #expect(
        kiosk.wait { bad.file.shows(version: version + 1, screen: $0, styled: $1) } != nil,
        "\(bad): the good version after it was not taken:\n\(kiosk.session.screen())")
    }

    #expect(kiosk.isRunning, "the kiosk is gone:\n\(kiosk.session.screen())")
    let ended = kiosk.stop()
    #expect(ended.status == 0, "\(ended.errors)")
    for bad in batch.cases {
      guard case .rejected = bad.verdict, let problem = bad.problem else { continue }
      #expect(ended.errors.contains("\(event.path)/\(problem)"), "\(bad): not among the problems printed at the end:\n\(ended.errors)")
    }
  }

  // MARK: - A kiosk started on the bad folder

  @Test(arguments: BadFileCase.all)
  func aKioskStartedOnTheBadFolderRunsAndSaysWhatIsWrong(_ bad: BadFileCase) throws {
    let event = try BadFileEvent()
    try bad.apply(to: event, over: 1)
    let kiosk = try BadFileKiosk(folder: event.folder, screen: bad.file.screen)
    var expected = [BadFileKiosk.running]
    if case .used(let showing) = bad.verdict { expected.append(showing) }
    #expect(
      kiosk.session.wait { screen in expected.allSatisfy { screen.contains($0) } } != nil,
      "the kiosk does not run on the bad folder:\n\(kiosk.session.screen())\n\((try? String(contentsOf: kiosk.errors, encoding: .utf8)) ?? "")")
    let ended = kiosk.stop()
    #expect(ended.status == 0, "\(ended.errors)")
    if let problem = bad.problem {
      #expect(ended.errors.contains("\(event.path)/\(problem)"), "\(ended.errors)")
    }
  }

  // MARK: - Random damage

  @Test func randomDamageNeitherCrashesCheckNorLeavesAProblemUnnamed() throws {
    let environment = ProcessInfo.processInfo.environment
    let edits = environment["MINGLE_BAD_FILES_EDITS"].flatMap { Int($0) } ?? 25
    let seed = environment["MINGLE_BAD_FILES_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: .min ... .max)
    print("bad files: \(edits) random edits, seed \(seed) (replay: MINGLE_BAD_FILES_SEED=\(seed))")
    let event = try BadFileEvent()
    var mutation = BadFileMutation(seed: seed)
    for edit in 1...max(1, edits) {
      let file = BadFileEvent.File.allCases[Int.random(in: 0..<BadFileEvent.File.allCases.count, using: &mutation.random)]
      try Data(mutation.damage(Array(file.text(version: 1).utf8))).write(to: event.url(of: file), options: .atomic)
      let result = try MingleBinary.run(["check", event.path])
      // Every line but the summary at the end is about a file, and names it.
      let unnamed = result.output.split(separator: "\n").dropLast().filter { !$0.hasPrefix("\(event.path)/") }
      guard [0, 1].contains(result.status), result.error.isEmpty, unnamed.isEmpty else {
        Issue.record(
          """
          edit \(edit), of \(file.rawValue) (replay: MINGLE_BAD_FILES_SEED=\(seed); the damaged folder is kept in \(event.path)): \
          mingle check exited \(result.status)
          \(result.output)\(result.error)
          """)
        return
      }
      try event.write(file, version: 1)
    }
  }

  // MARK: - A full disk under the store

  @Test func aFullDiskLosesNothingAndSaysSo() throws {
    let forced = ProcessInfo.processInfo.environment["MINGLE_FULL_DISK"] == "page-limit"
    switch forced ? .failure(Shell.Failure(description: "MINGLE_FULL_DISK=page-limit")) : BadFileDisk.mount() {
    case .success(let disk):
      print("full disk: a 2 MB tmpfs at \(disk.root.path), filled to the last byte")
      defer { disk.unmount() }
      try fullDiskOnTmpfs(disk)
    case .failure(let reason):
      print("full disk: PRAGMA max_page_count on the store, in this process (no tmpfs: \(reason))")
      try fullDiskByPageLimit()
    }
  }

  /// The card pinned before the disk fills up.
  static let earlierCard = PinnedCard(
    id: "earlier-card", topicID: "investors", name: "Ada Earlier", title: "Analyst", company: "Engines Ltd", offer: "Notes",
    seek: "Looms", contact: "", showCard: true, shareContact: false, hidden: false, code: "ADAE", pinnedAt: Date())

  /// What an attendee sees when their card cannot be saved.
  static let diskFull = "the disk is full"

  /// Whether `screen` says that nothing was saved because the disk is full, and how to go on (the
  /// message is wrapped, so its words are compared with the screen's, whatever lines they are on).
  static func saysDiskFull(_ screen: String) -> Bool {
    let words = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.contains("Could not save:") && words.contains(diskFull) && words.contains("Enter try again")
  }

  /// A kiosk on a tmpfs that fills up: the attendee is told, keeps their answers and saves once there
  /// is room; the moderator commands say so and exit 1; the store stays whole.
  func fullDiskOnTmpfs(_ disk: BadFileDisk) throws {
    let event = try BadFileEvent(folder: disk.root.appendingPathComponent("event"))
    let state = event.stateURL.path
    try EventStore(url: event.stateURL).pin(Self.earlierCard, actor: "bad-files test")
    let kiosk = try BadFileKiosk(folder: event.folder, screen: "wall")
    let session = kiosk.session
    #expect(session.wait(for: "Ada Earlier") != nil, "\(session.screen())")

    try disk.fill()
    #expect(disk.freeBytes == 0)
    try BadFileTyping.send(BadFileTyping.cardUpToPreview(name: "Grace Full") + [.enter], to: session)
    #expect(session.wait(until: Self.saysDiskFull) != nil, "\(session.screen())")
    try session.send(keys: "Escape")
    #expect(session.wait { $0.contains("step 8 of 8") && $0.contains("Grace Full") } != nil, "the answers are gone:\n\(session.screen())")
    try session.send(keys: "Enter")
    #expect(session.wait(until: Self.saysDiskFull) != nil, "\(session.screen())")

    for command in [["announce", event.path, "Doors close at ten"], ["queue", "add", event.path, "Olu Queue", "--pitch", "Solar"]] {
      let result = try MingleBinary.run(command, environment: ["MINGLE_PIN": DemoEvent.pin])
      #expect(result.status == 1, "mingle \(command[0]): \(result.output)")
      #expect(result.error.contains("\(state): \(StoreError.diskFullReason)"), "mingle \(command[0]): \(result.error)")
    }

    try disk.free()
    try session.send(keys: "Enter")
    #expect(session.wait(for: "Your code:") != nil, "the card was not saved once there was room:\n\(session.screen())")
    try session.send(keys: "Escape")
    #expect(session.wait(for: BadFileKiosk.running) != nil, "\(session.screen())")

    try disk.fill()
    try BadFileTyping.send(BadFileTyping.openMicUpToSummary(name: "Olu Adebayo") + [.enter], to: session)
    #expect(session.wait(until: Self.saysDiskFull) != nil, "\(session.screen())")
    try disk.free()
    try session.send(keys: "Enter")
    #expect(session.wait(for: "Your place") != nil, "\(session.screen())")

    #expect(kiosk.isRunning, "the kiosk is gone:\n\(session.screen())")
    #expect(kiosk.stop().status == 0)
    try expectWhole(event, queued: ["Olu Adebayo"])

    // Nobody has the store open now: SQLite cannot even make its index file, and says "I/O error".
    try disk.fill()
    let announce = try MingleBinary.run(["announce", event.path, "Doors close at ten"], environment: ["MINGLE_PIN": DemoEvent.pin])
    #expect(announce.status == 1)
    #expect(announce.error.contains("\(state): \(StoreError.diskFullReason)"), "\(announce.error)")
    let started = try MingleBinary.run(["run", event.path])
    #expect(started.status == 1)
    #expect(started.error.contains("\(state): \(StoreError.diskFullReason)"), "\(started.error)")
    #expect(!started.error.contains("Usage:"), "a full disk is not a usage mistake: \(started.error)")
    try disk.free()
    try expectWhole(event, queued: ["Olu Adebayo"])
  }

  /// Where no tmpfs can be mounted: the store of this process limited to its size. A kiosk and the
  /// moderator commands run in processes of their own, which a page limit cannot reach (it belongs to
  /// one connection): the reducer and the display stand in for the kiosk, with the error the store threw.
  func fullDiskByPageLimit() throws {
    let event = try BadFileEvent()
    let store = try EventStore(url: event.stateURL)
    try store.pin(Self.earlierCard, actor: "bad-files test")
    try store.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    var large = Self.earlierCard
    large.id = "large-card"
    large.offer = String(repeating: "x", count: 20_000)
    let full: StoreError
    do {
      try store.pin(large, actor: "bad-files test")
      Issue.record("a card larger than the room left was saved")
      return
    } catch let error as StoreError {
      full = error
    }
    #expect(full.description == "\(event.stateURL.path): \(StoreError.diskFullReason)")

    let now = Date()
    let folder = EventFolder.load(from: event.folder)
    var kiosk = KioskState(
      clock: RotationClock(steps: [RotationStep(screen: .wall, seconds: 30)]), now: now, columns: 100, rows: 30,
      live: try store.snapshot(now: now), event: folder.config, roster: folder.roster)
    var pending: [StoreMutation] = []
    func press(_ typing: [BadFileTyping]) {
      for key in typing.flatMap(\.keyPresses) {
        let (next, effects) = KioskReducer.reduce(kiosk, .key(key), now: now)
        kiosk = next
        for case .write(let mutation) in effects { pending.append(mutation) }
      }
    }
    func screen() -> String {
      var buffer = CellBuffer(width: kiosk.columns, height: kiosk.rows)
      KioskDisplay(event: kiosk.event, directory: kiosk.directory, tips: folder.tips, kiosk: kiosk, keyHints: [])
        .render(in: buffer.area, into: &buffer, context: RenderContext(glyphs: .unicode, now: now, screenElapsed: 0, timeZone: folder.config.timeZone))
      return buffer.lines.joined(separator: "\n")
    }

    press(BadFileTyping.cardUpToPreview(name: "Grace Full") + [.enter])
    let mutation = try #require(pending.last)
    kiosk = KioskReducer.reduce(kiosk, .mutationFailed(id: mutation.id, reason: "Could not save: \(full)"), now: now).0
    #expect(Self.saysDiskFull(screen()), "\(screen())")
    press([.escape])
    #expect(screen().contains("step 8 of 8") && screen().contains("Grace Full"), "the answers are gone:\n\(screen())")

    try store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1000000") }
    pending = []
    press([.enter])
    let retry = try #require(pending.last)
    try store.apply(retry, actor: "bad-files test")
    kiosk = KioskReducer.reduce(kiosk, .storeChanged(try store.snapshot(now: now)), now: now).0
    kiosk = KioskReducer.reduce(kiosk, .mutationCommitted(id: retry.id), now: now).0
    #expect(screen().contains("Your code:"), "\(screen())")
    try expectWhole(event, queued: [])
  }

  /// The store of `event` passes SQLite's integrity check and holds the earlier card, the card saved
  /// once there was room (each once), the open-mic entries `queued` and nothing the full disk refused.
  func expectWhole(_ event: BadFileEvent, queued: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let integrity = try Shell.run("/usr/bin/sqlite3", [event.stateURL.path, "PRAGMA integrity_check;"])
    #expect(integrity.output == "ok\n", "PRAGMA integrity_check: \(integrity.output)", sourceLocation: sourceLocation)
    let live = try EventStore(url: event.stateURL).snapshot(now: Date())
    #expect(live.cards.map(\.name).sorted() == ["Ada Earlier", "Grace Full"], sourceLocation: sourceLocation)
    #expect(live.queue.map(\.name) == queued, sourceLocation: sourceLocation)
    #expect(live.announcements.isEmpty, sourceLocation: sourceLocation)
  }
}
