import Foundation
import Glibc
import Testing

@testable import EventState

/// Loading a whole folder: missing and unreadable files, file names in problems, order of problems.
@Suite struct EventFolderTests {
  @Test func emptyFolder() throws {
    let folder = try TemporaryFolder()
    let event = EventFolder.load(from: folder.url)
    #expect(event.config.name == folder.url.lastPathComponent)
    #expect(event.roster.isEmpty && event.tips.isEmpty)
    #expect(event.hasErrors)
    #expect(
      event.problems.lines == [
        "event.toml: missing: every event folder needs one (`mingle init DIR` writes an example)",
        "attendees.csv: warning: missing: only cards that attendees pin themselves will be shown",
        "tips.md: warning: missing: the tips screen will be empty",
      ])
  }

  @Test func folderThatDoesNotExist() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-no-such-\(UUID().uuidString)")
    let event = EventFolder.load(from: url)
    #expect(event.hasErrors && event.problems.count == 3)
  }

  @Test func problemsNameFilesRelativeToTheFolderInFileOrder() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"Meetup\"\nvenu = \"typo\"\n[[topics]]\nid = \"investors\"\n")
    try folder.write("attendees.csv", "name,topics\nAda,investors\n,\nBob,\nCy,\"gardening; investors\"\n")
    try folder.write("tips.md", "")
    let event = EventFolder.load(from: folder.url)
    #expect(!event.hasErrors)
    #expect(
      event.problems.lines == [
        "event.toml:2: warning: unknown key `venu`; ignored",
        "attendees.csv:5: warning: topic \"gardening\" is not one of the [[topics]] of event.toml",
        "tips.md: warning: no tips: write list items or # headings with a paragraph",
      ])
    #expect(event.roster.map(\.name) == ["Ada", "Bob", "Cy"])
    #expect(event.stateURL == folder.url.appendingPathComponent("state.sqlite"))
  }

  @Test func brokenEventTOMLFallsBackToTheFolderName() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"unterminated\n")
    try folder.write("attendees.csv", "name\nAda\n")
    try folder.write("tips.md", "- Hi\n")
    let event = EventFolder.load(from: folder.url)
    #expect(event.config.name == folder.url.lastPathComponent)
    #expect(event.problems.count == 1 && event.problems[0].file == "event.toml" && event.problems[0].line == 1)
    #expect(event.roster.count == 1 && event.tips.count == 1)
  }

  @Test func aFolderWhereAFileShouldBeIsUnreadable() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n")
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("attendees.csv"), withIntermediateDirectories: false)
    try folder.write("tips.md", "- Hi\n")
    let event = EventFolder.load(from: folder.url)
    #expect(event.problems.lines == ["attendees.csv: cannot be read: it is a folder, not a file"])
    #expect(event.hasErrors)
  }

  @Test func aLinkToAFileThatIsGoneIsNamedAsSuch() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n")
    try folder.write("attendees.csv", "name\nAda\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("tips.md").path, withDestinationPath: "/nonexistent/tips.md")
    let event = EventFolder.load(from: folder.url)
    #expect(event.problems.lines == ["tips.md: cannot be read: it is a link to /nonexistent/tips.md, which does not exist"])
    #expect(event.hasErrors)
  }

  /// A file that cannot be opened even by root (these tests run as root, where permissions do not
  /// stop a read): a Unix socket in place of tips.md.
  @Test func aFileThatCannotBeOpenedIsUnreadable() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "name = \"X\"\n")
    try folder.write("attendees.csv", "name\nAda\n")
    let path = folder.url.appendingPathComponent("tips.md").path
    let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    try #require(bound == 0, "bind \(path)")
    let event = EventFolder.load(from: folder.url)
    #expect(event.problems.lines == ["tips.md: cannot be read (read error)"])
    #expect(event.hasErrors)
  }

  @Test func invalidUTF8InTextFilesIsAWarning() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", data: Data("name = \"X\"\nvenue = \"Caf".utf8 + [0xE9] + "\"\n".utf8))
    try folder.write("attendees.csv", "name\nAda\n")
    try folder.write("tips.md", data: Data("- One\n- T".utf8 + [0xFF] + "wo\n".utf8))
    let event = EventFolder.load(from: folder.url)
    #expect(
      event.problems.lines == [
        "event.toml:2: warning: invalid UTF-8: unreadable characters were replaced",
        "tips.md:2: warning: invalid UTF-8: unreadable characters were replaced",
      ])
    #expect(event.config.venue == "Caf\u{FFFD}")
    #expect(event.tips.map(\.body) == ["One", "T\u{FFFD}wo"])
  }

  @Test func byteOrderMarksAreAccepted() throws {
    let folder = try TemporaryFolder()
    try folder.write("event.toml", "\u{FEFF}name = \"X\"\n")
    try folder.write("attendees.csv", "\u{FEFF}name\nAda\n")
    try folder.write("tips.md", "\u{FEFF}- Hi\n")
    let event = EventFolder.load(from: folder.url)
    #expect(event.problems.isEmpty)
    #expect(event.config.name == "X" && event.roster.map(\.name) == ["Ada"] && event.tips.map(\.body) == ["Hi"])
  }

  @Test func garbageInEveryFileNeverCrashes() throws {
    let folder = try TemporaryFolder()
    let garbage = try Fixtures.data("garbage.bin")
    for name in ["event.toml", "attendees.csv", "tips.md"] { try folder.write(name, data: garbage) }
    let event = EventFolder.load(from: folder.url)
    #expect(event.hasErrors)
    #expect(event.config.name == folder.url.lastPathComponent)
    for tip in event.tips { #expect(Sanitizer.paragraphs(tip.body) == tip.body) }
  }
}
