import EventState
import Foundation

/// The benchmark's event folder in a temporary directory: the demo's event.toml and tips.md, a roster
/// of `people` invented attendees, a card pinned through `EventStore` by each of them (so the screens
/// show `people` people, each from their card), and six people waiting for the open mic. Nobody is speaking: a live speaker takes
/// over every display (event.toml's default `board = "takeover"`), and the benchmark wants each
/// screen.
struct BenchFixture {
  /// The temporary directory holding everything (removed by `remove()`).
  let root: URL
  /// The event folder.
  let folder: URL
  /// An empty folder for XDG_STATE_HOME, so nothing the kiosk keeps lands in the user's home.
  let stateHome: URL

  /// Who the audit log says pinned the benchmark's cards.
  static let actor = "mingle-bench"

  /// Writes the folder for `people` attendees who each pinned a card, reporting progress to `log`.
  init(people: Int, log: (String) -> Void) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-bench-\(UUID().uuidString)")
    folder = root.appendingPathComponent("event")
    stateHome = root.appendingPathComponent("state")
    try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
    try DemoEvent.write(to: folder, pinHash: nil, replacing: true)
    let topicIDs = EventFolder.load(from: folder).config.topics.map(\.id)
    let roster = SyntheticPeople(topicIDs: topicIDs, batch: 0)
    try Data(RosterCSV.text(count: people, of: roster).utf8)
      .write(to: folder.appendingPathComponent(EventFolder.FileName.roster), options: .atomic)
    let store = try EventStore(url: folder.appendingPathComponent("state.sqlite"))
    let start = Date()
    let pinning = Monotonic.now()
    for card in Self.cards(count: people, of: roster, before: start) {
      try store.pin(card, actor: Self.actor)
    }
    log("pinned \(people) cards in \(String(format: "%.1f", Monotonic.milliseconds(Monotonic.now() - pinning) / 1000)) s")
    for entry in Self.openMic(now: start) {
      try store.enqueue(entry, actor: Self.actor)
    }
  }

  /// `count` cards of `people` that agreed to be shown, pinned a second apart before `date`.
  static func cards(count: Int, of people: SyntheticPeople, before date: Date) -> [PinnedCard] {
    (0..<count).map { index in
      let person = people.person(index)
      return PinnedCard(
        id: "bench-card-\(index)", topicID: person.topics[0], name: person.name, title: person.title,
        company: person.company, offer: person.offer, seek: person.seek, contact: person.contact, showCard: true,
        shareContact: person.sharesContact, code: "BNCH", pinnedAt: date.addingTimeInterval(Double(index - count)))
    }
  }

  /// Six people who joined the open mic before `now`, waiting.
  static func openMic(now: Date) -> [OpenMicEntry] {
    let people = SyntheticPeople(topicIDs: ["mic"], batch: 2)
    return (0..<6).map { index in
      OpenMicEntry(
        id: "bench-mic-\(index)", name: people.person(index).name, pitch: "Looking for pilot customers for a heat pump app",
        minutes: 3, position: index + 1, joinedAt: now.addingTimeInterval(Double(index - 10)))
    }
  }

  /// `live` with the first waiting person speaking since `now`: the open-mic screen at its busiest
  /// (a countdown in large digits and the queue).
  static func speaking(_ live: LiveState, since now: Date) -> LiveState {
    var live = live
    if let first = live.queue.firstIndex(where: { $0.status == .queued }) {
      live.queue[first].status = .live
      live.queue[first].startedAt = now
    }
    return live
  }

  /// The folder an earlier run kept (`--keep`): `folder` inside a directory that also holds `state`.
  init(reusing folder: URL) throws {
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("state.sqlite").path) else {
      throw BenchError(description: "\(folder.path) is not an event folder kept by mingle-bench --keep")
    }
    self.folder = folder
    root = folder.deletingLastPathComponent()
    stateHome = root.appendingPathComponent("state")
    try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
  }

  /// Deletes the temporary directory.
  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
