import EventState
import Foundation
import Testing

@testable import mingle_bench

@Suite struct RosterCSVTests {
  @Test func theGeneratedRosterLoadsCleanlyWithEveryoneShown() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-bench-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try DemoEvent.write(to: folder, pinHash: nil, replacing: true)
    let topics = EventFolder.load(from: folder).config.topics.map(\.id)
    let people = SyntheticPeople(topicIDs: topics, batch: 0)
    try Data(RosterCSV.text(count: 60, of: people).utf8).write(to: folder.appendingPathComponent(EventFolder.FileName.roster))

    let loaded = EventFolder.load(from: folder)
    #expect(loaded.problems.isEmpty)
    #expect(loaded.roster.map(\.name) == (0..<60).map { people.person($0).name })
    #expect(loaded.roster.allSatisfy { $0.showCard == true && $0.topics.allSatisfy(topics.contains) })
    #expect(loaded.roster.filter { $0.shareContact == true }.count == 20)
  }

  @Test func namesAreDistinctWithinAndAcrossBatches() {
    let topics = ["a", "b", "c"]
    let names = [0, 1].flatMap { batch in (0..<10_000).map { SyntheticPeople(topicIDs: topics, batch: batch).person($0).name } }
    #expect(Set(names).count == 20_000)
  }
}
