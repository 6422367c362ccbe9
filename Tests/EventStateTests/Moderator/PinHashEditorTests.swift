import Foundation
import Testing

@testable import EventState

@Suite("Writing the PIN hash into event.toml")
struct PinHashEditorTests {
  let hash = PINHash.make(pin: "1357", salt: Array(1...16), iterations: 1)
  var line: String { "pin_hash = \"\(hash.encoded)\"" }

  func edited(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try #require(PinHashEditor.setting(hash, in: text), sourceLocation: sourceLocation)
    #expect(EventConfigParser.parse(result).config.moderatorPIN == hash, sourceLocation: sourceLocation)
    return result
  }

  @Test("the demo's commented-out placeholder becomes the hash; every other line stays")
  func placeholder() throws {
    let before = DemoEvent.eventTOML(pinHash: nil)
    let after = try edited(before)
    let old = before.components(separatedBy: "\n")
    let new = after.components(separatedBy: "\n")
    #expect(new.count == old.count)
    let changed = zip(old, new).filter { $0 != $1 }
    #expect(changed.count == 1)
    #expect(changed.first?.0.hasPrefix("# pin_hash") == true)
    #expect(changed.first?.1 == line)
  }

  @Test("an earlier hash is replaced, with nothing else changed")
  func replacesHash() throws {
    let before = DemoEvent.eventTOML(pinHash: DemoEvent.pinHash)
    let after = try edited(before)
    #expect(after == before.replacingOccurrences(of: "pin_hash = \"\(DemoEvent.pinHash.encoded)\"", with: line))
  }

  @Test("a plaintext pin becomes the hash, keeping its indentation and comment; one at the top goes")
  func plaintext() throws {
    let before = """
      name = "Meetup"
      pin = "1234"   # top-level: never used

      [moderator]
        pin = 1234 # set by Sam
      pin_hash = "pbkdf2-sha256$1$00$00"

      [privacy]
      roster = "all"

      """
    #expect(
      try edited(before) == """
        name = "Meetup"

        [moderator]
          \(line) # set by Sam

        [privacy]
        roster = "all"

        """)
  }

  @Test("without a [moderator] section one is appended")
  func appends() throws {
    let before = "name = \"Meetup\"\n# the end\n\n"
    #expect(try edited(before) == "name = \"Meetup\"\n# the end\n\n[moderator]\n\(line)\n")
  }

  @Test("an empty [moderator] section gets the hash right after its header")
  func afterHeader() throws {
    let before = "name = \"Meetup\"\n[moderator]  # PINs\n# who may moderate: ask Sam\n\n[privacy]\nroster = \"all\"\n"
    #expect(
      try edited(before)
        == "name = \"Meetup\"\n[moderator]  # PINs\n\(line)\n# who may moderate: ask Sam\n\n[privacy]\nroster = \"all\"\n")
  }

  @Test("a file with CRLF line endings keeps them")
  func crlf() throws {
    let after = try edited("name = \"Meetup\"\r\n[moderator]\r\npin = \"1234\"\r\n")
    #expect(after == "name = \"Meetup\"\r\n[moderator]\r\n\(line)\r\n")
  }

  @Test("dotted keys at the top are replaced where they are")
  func dotted() throws {
    let after = try edited("name = \"Meetup\"\nmoderator.pin = \"1234\"\ntheme = \"dark\"\n")
    #expect(after == "name = \"Meetup\"\nmoderator.\(line)\ntheme = \"dark\"\n")
  }

  @Test("a [moderator] header and a pin line inside a multi-line string are left alone")
  func multilineString() throws {
    let before = "name = \"Meetup\"\nvenue = \"\"\"\n[moderator]\npin = 1\n\"\"\"\n"
    #expect(try edited(before) == before + "\n[moderator]\n\(line)\n")
  }

  @Test("nothing is returned for a file that would not read back with the PIN")
  func refuses() {
    #expect(PinHashEditor.setting(hash, in: "name = \"Meetup\nbroken") == nil)
    #expect(PinHashEditor.setting(hash, in: "name = \"Meetup\"\nmoderator = { pin_hash = \"x\" }\n") == nil)
  }
}
