import EventState
import Foundation
import Testing

/// The spotlight in a real terminal: `--screens spotlight` shows only it, and the QR code the built
/// binary draws through ncurses and tmux scans back to the person's vCard.
@Suite(.serialized) struct SpotlightEndToEndTests {
  @Test func theSpotlightAloneShowsACodeThatScans() throws {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "spotlight"], columns: 200, rows: 60)
    #expect(session.wait(for: "Scan to save the contact") != nil, "no code on the spotlight:\n\(session.screen())")
    let event = fixture.event
    let person = PublicDirectory(config: event.config, roster: event.roster, live: LiveState()).people[0]
    #expect(session.screen().contains("Person 1 of "))
    let decoded = try Self.scan(session.screen())
    #expect(decoded == Array(try #require(VCard(card: person)).text.utf8), "the code of \(person.name)")
    try session.send(keys: "Right")
    usleep(300_000)
    #expect(session.screen().contains("Person "), "a one-screen rotation stays on the spotlight")
  }

  /// What zbar reads in the screen's text: every `▀`, `▄` and `█` made dark (4×4 pixels per module,
  /// two modules per row), everything else light.
  static func scan(_ screen: String) throws -> [UInt8]? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    let scale = 4
    let width = (lines.map(\.count).max() ?? 0) * scale
    let height = lines.count * 2 * scale
    var pixels = [UInt8](repeating: 255, count: width * height)
    for (row, line) in lines.enumerated() {
      for (column, character) in line.enumerated() {
        let halves = [character == "▀" || character == "█", character == "▄" || character == "█"]
        for (half, dark) in halves.enumerated() where dark {
          for y in 0..<scale {
            for x in 0..<scale { pixels[((2 * row + half) * scale + y) * width + column * scale + x] = 0 }
          }
        }
      }
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-screen-\(UUID().uuidString).pgm")
    try Data(Array("P5\n\(width) \(height)\n255\n".utf8) + pixels).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
    process.arguments = ["--raw", "-q", file.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = Array(output.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return data.last == 10 ? Array(data.dropLast()) : data
  }
}
