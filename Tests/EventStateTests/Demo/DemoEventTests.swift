import Foundation
import Testing

@testable import EventState

/// The bundled demo event loads cleanly and is what other parts of mingle rely on.
@Suite struct DemoEventTests {
  func writtenDemo(pinHash: PINHash? = DemoEvent.pinHash) throws -> (TemporaryFolder, EventFolder) {
    let folder = try TemporaryFolder()
    try DemoEvent.write(to: folder.url, pinHash: pinHash)
    return (folder, EventFolder.load(from: folder.url))
  }

  @Test func loadsWithoutProblems() throws {
    let (_, event) = try writtenDemo()
    #expect(event.problems.lines == [])
    #expect(event.roster.count == 40)
    #expect(event.config.topics.map(\.id) == ["investors", "founders", "legal", "design", "engineering", "hiring"])
    #expect(
      event.config.topics.map(\.title) == [
        "For investors", "For founders", "For lawyers", "Design & product", "Engineers", "Hiring & jobs",
      ])
    #expect(event.config.topics.allSatisfy { !$0.summary.isEmpty })
    #expect((8...12).contains(event.tips.count))
    #expect(event.tips.contains { $0.title != nil } && event.tips.contains { $0.title == nil })
  }

  @Test func settings() throws {
    let (_, event) = try writtenDemo()
    let config = event.config
    #expect(config.name == "Climate Tech Founders & Funders — November Meetup")
    #expect(config.timeZone.identifier == "Europe/Berlin")
    #expect(config.theme == "dark" && config.privacy == .consented)
    #expect(
      config.rotation == [
        RotationStep(screen: .cards, seconds: 20), RotationStep(screen: .wall, seconds: 30),
        RotationStep(screen: .tips, seconds: 12), RotationStep(screen: .openmic, seconds: 15),
      ])
    #expect(config.agenda.map(\.timeText) == ["18:00", "18:45", "19:00", "19:45", "21:30", "22:00"])
    #expect(
      config.agenda.map(\.title) == ["Doors & drinks", "Welcome", "Open mic", "Networking", "Last call", "Close"])
  }

  @Test func demoPINIs2468() throws {
    #expect(DemoEvent.pin == "2468")
    #expect(DemoEvent.pinHash.verify("2468"))
    #expect(!DemoEvent.pinHash.verify("1234"))
    let (_, event) = try writtenDemo()
    #expect(event.config.moderatorPIN == DemoEvent.pinHash)
    #expect(EventConfigParser.parse(DemoEvent.eventTOML).config.moderatorPIN == DemoEvent.pinHash)
  }

  @Test func anotherPINOrNone() throws {
    let own = PINHash.make(pin: "97531", iterations: 3)
    #expect(try writtenDemo(pinHash: own).1.config.moderatorPIN == own)
    let (_, withoutPIN) = try writtenDemo(pinHash: nil)
    #expect(withoutPIN.config.moderatorPIN == nil)
    #expect(withoutPIN.problems.isEmpty)
  }

  @Test func rosterIsVaried() throws {
    let (_, event) = try writtenDemo()
    let roster = event.roster
    let topicIDs = Set(event.config.topics.map(\.id))
    #expect(roster.allSatisfy { !$0.topics.isEmpty && Set($0.topics).isSubset(of: topicIDs) })
    #expect(topicIDs.allSatisfy { id in roster.filter { $0.topics.contains(id) }.count >= 4 })
    #expect(roster.contains { $0.name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
    #expect(roster.contains { $0.name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } })
    #expect(roster.filter { $0.name.unicodeScalars.contains { (0xC0...0x24F).contains($0.value) } }.count >= 3)
    #expect(roster.filter { $0.showCard == false }.count >= 2)
    #expect(roster.filter { $0.showCard == true }.count >= 30)
    #expect(roster.filter { !$0.contact.isEmpty }.count >= 30)
    #expect(Set(roster.compactMap(\.shareContact)) == [true, false])
    #expect(Set(roster.map(\.name)).count == 40)
  }

  @Test func neverOverwritesUnlessAsked() throws {
    let folder = try TemporaryFolder()
    try folder.write("tips.md", "- My own tip\n")
    #expect(throws: DemoEvent.WriteError.fileExists("tips.md")) {
      try DemoEvent.write(to: folder.url, pinHash: nil)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("event.toml").path))
    #expect(EventFolder.load(from: folder.url).tips.map(\.body) == ["My own tip"])
    try DemoEvent.write(to: folder.url, pinHash: nil, replacing: true)
    #expect(EventFolder.load(from: folder.url).tips.count > 1)
  }

  @Test func createsMissingFolders() throws {
    let folder = try TemporaryFolder()
    let nested = folder.url.appendingPathComponent("a/b/event")
    try DemoEvent.write(to: nested, pinHash: nil)
    #expect(EventFolder.load(from: nested).roster.count == 40)
  }
}
