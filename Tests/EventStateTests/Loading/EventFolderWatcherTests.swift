import Foundation
import Testing

@testable import EventState

/// Noticing edits to an event folder: reload good states, reject broken ones, wait for files to settle.
@Suite struct EventFolderWatcherTests {
  /// A clock the test moves by hand.
  final class ManualClock {
    var now = Date(timeIntervalSince1970: 1_800_000_000)
    func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
  }

  let folder: TemporaryFolder
  let clock = ManualClock()
  let watcher: EventFolderWatcher

  init() throws {
    folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"Meetup\"\n[[topics]]\nid = \"investors\"\n")
    try folder.write("attendees.csv", "name,topics,show_card\nAda,investors,yes\n")
    try folder.write("tips.md", "- The first tip.\n")
    let clock = clock
    watcher = EventFolderWatcher(directory: folder.url, now: { clock.now })
  }

  /// Checks, lets the settle time pass, and checks again: what a kiosk sees within half a second.
  func settledCheck() -> EventFolderChange? {
    if let early = watcher.check() { return early }
    clock.advance(0.25)
    return watcher.check()
  }

  func tips(_ change: EventFolderChange?) -> [String]? {
    guard case .reloaded(let event) = change else { return nil }
    return event.tips.map(\.body)
  }

  func problems(_ change: EventFolderChange?) -> [String]? {
    guard case .rejected(let problems) = change else { return nil }
    return problems.map(\.description)
  }

  @Test func nothingChangedIsNil() {
    #expect(watcher.check() == nil)
    clock.advance(5)
    #expect(watcher.check() == nil)
  }

  @Test func aChangeSeenIsSettlingUntilItIsLoaded() throws {
    #expect(!watcher.isSettling)
    try folder.write("tips.md", "- A new tip.\n")
    #expect(watcher.check() == nil)
    #expect(watcher.isSettling, "the caller may look again after the settle time")
    clock.advance(watcher.settleTime)
    #expect(tips(watcher.check()) == ["A new tip."])
    #expect(!watcher.isSettling)
  }

  @Test func anEditedTipIsReloadedBrokenConfigRejectedAndItsFixReloaded() throws {
    try folder.write("tips.md", "- A brand new tip about introductions.\n")
    #expect(tips(settledCheck()) == ["A brand new tip about introductions."])
    #expect(watcher.check() == nil, "a change is reported once")

    try folder.write("event.toml", "name = \"Meetup\"\n[[topics]\nid = \"investors\"\n")
    let rejected = try #require(problems(settledCheck()))
    #expect(rejected.contains { $0.hasPrefix("event.toml:2: ") }, "\(rejected)")
    clock.advance(1)
    #expect(watcher.check() == nil, "a rejected state is not reported again")

    try folder.write("event.toml", "name = \"Meetup, fixed\"\n[[topics]]\nid = \"investors\"\n")
    guard case .reloaded(let event) = settledCheck() else {
      Issue.record("the fixed folder is reloaded")
      return
    }
    #expect(event.config.name == "Meetup, fixed")
    #expect(event.tips.map(\.body) == ["A brand new tip about introductions."])
  }

  @Test func aFileStillBeingWrittenIsNotLoadedUntilItSettles() throws {
    try folder.write("attendees.csv", "name,topics,show_card\nAda,investors,yes\nBo")
    #expect(watcher.check() == nil, "just changed")
    clock.advance(0.1)
    #expect(watcher.check() == nil, "not settled yet")
    clock.advance(0.1)
    try folder.write("attendees.csv", "name,topics,show_card\nAda,investors,yes\nBob,investors,yes\nCy")
    #expect(watcher.check() == nil, "changed again: the wait starts over")
    clock.advance(0.15)
    #expect(watcher.check() == nil)
    try folder.write("attendees.csv", "name,topics,show_card\nAda,investors,yes\nBob,investors,yes\nCy,investors,yes\n")
    #expect(watcher.check() == nil)
    clock.advance(0.2)
    guard case .reloaded(let event) = watcher.check() else {
      Issue.record("the settled roster is loaded")
      return
    }
    #expect(event.roster.map(\.name) == ["Ada", "Bob", "Cy"])
  }

  @Test func aFileReplacedByRenameIsNoticed() throws {
    let replacement = folder.url.appendingPathComponent("tips.md.new")
    try Data("- Saved by an editor.\n".utf8).write(to: replacement)
    #expect(rename(replacement.path, folder.url.appendingPathComponent("tips.md").path) == 0)
    #expect(tips(settledCheck()) == ["Saved by an editor."])
  }

  @Test func aThemeAddedOrEditedReloadsAndEditorSwapFilesDoNot() throws {
    let themes = folder.url.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try folder.write("themes/.neon.toml.swp", "swap")
    try folder.write("themes/notes.txt", "not a theme")
    #expect(settledCheck() == nil)
    try folder.write("themes/neon.toml", "name = \"neon\"\n")
    #expect(tips(settledCheck()) == ["The first tip."])
    try folder.write("themes/neon.toml", "name = \"neon, brighter\"\n")
    #expect(tips(settledCheck()) == ["The first tip."])
  }

  @Test func aDeletedFileIsAChange() throws {
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent("event.toml"))
    let rejected = try #require(problems(settledCheck()))
    #expect(rejected.first?.hasPrefix("event.toml: missing") == true)
  }
}
