import EventState
import Foundation

/// An event folder whose every text field is filled from a list of strings: event.toml (name, venue,
/// topic titles and descriptions, agenda titles), attendees.csv (consenting rows, so they show),
/// tips.md, a theme file in themes/, and in the store pinned cards, open-mic queue entries and an
/// announcement. Built once from the hostile corpus and once from plain strings of the same shape, so
/// the two kiosks can be compared screen by screen.
struct CorpusEvent {
  /// The topics' ids (their titles come from the strings).
  static let topicIDs = ["t1", "t2", "t3", "t4", "t5", "t6"]
  /// The theme file's name in themes/ (without `.toml`).
  static let themeName = "corpus"

  let folder: URL
  /// The strings every field was filled from.
  let strings: [String]

  /// The hostile event: `HostileCorpus.strings`, and its invalid UTF-8 in the files.
  static func hostile() throws -> CorpusEvent {
    try CorpusEvent(strings: HostileCorpus.strings, invalidUTF8: HostileCorpus.invalidUTF8)
  }

  /// The same event with every string already as the sanitizer leaves it (invalid UTF-8 decoded with
  /// replacement characters first): what the kiosk should show for the hostile event.
  static func clean() throws -> CorpusEvent {
    try CorpusEvent(
      strings: HostileCorpus.strings.map { Sanitizer.line($0) },
      invalidUTF8: HostileCorpus.invalidUTF8.map { Array(Sanitizer.line(String(decoding: $0, as: UTF8.self)).utf8) })
  }

  /// Writes the folder (the demo's files, then replaced) and fills the store.
  init(strings: [String], invalidUTF8: [[UInt8]]) throws {
    self.strings = strings
    folder = try MingleBinary.temporaryFolder().appendingPathComponent("event")
    try DemoEvent.write(to: folder, pinHash: nil)
    try Data(eventTOML(invalidUTF8: invalidUTF8)).write(to: folder.appendingPathComponent("event.toml"))
    try Data(attendeesCSV(invalidUTF8: invalidUTF8)).write(to: folder.appendingPathComponent("attendees.csv"))
    try Data(tipsMarkdown(invalidUTF8: invalidUTF8)).write(to: folder.appendingPathComponent("tips.md"))
    let themes = folder.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try Data(themeTOML().utf8).write(to: themes.appendingPathComponent("\(Self.themeName).toml"))
    try fillStore()
  }

  /// The string at `index`, counting round the list.
  func string(_ index: Int) -> String { strings[index % strings.count] }

  /// The folder's live store.
  func store() throws -> EventStore { try EventStore(url: folder.appendingPathComponent("state.sqlite")) }

  // MARK: - Files

  func eventTOML(invalidUTF8: [[UInt8]]) -> [UInt8] {
    var lines: [[UInt8]] = [
      Array("name = ".utf8) + Self.toml(string(0)),
      Array("venue = ".utf8) + Self.toml(Array(string(1).utf8) + invalidUTF8.joined()),
      Array("timezone = \"Europe/Berlin\"\ntheme = \"\(Self.themeName)\"\nidle_timeout = 60\n".utf8),
    ]
    for index in 0..<6 {
      lines.append(Array("[[agenda]]\ntime = \"\(18 + index):00\"\ntitle = ".utf8) + Self.toml(string(2 + index)))
    }
    for (index, id) in Self.topicIDs.enumerated() {
      lines.append(
        Array("[[topics]]\nid = \"\(id)\"\ntitle = ".utf8) + Self.toml(string(8 + index)) + Array("\ndescription = ".utf8)
          + Self.toml(string(14 + index)))
    }
    for (screen, seconds) in [("cards", 60), ("wall", 60), ("tips", 60), ("openmic", 60)] {
      lines.append(Array("[[rotation]]\nscreen = \"\(screen)\"\nseconds = \(seconds)".utf8))
    }
    lines.append(Array("[privacy]\nroster = \"consented\"\n[open_mic]\nboard = \"strip\"".utf8))
    return Array(lines.joined(separator: Array("\n".utf8))) + [0x0A]
  }

  func attendeesCSV(invalidUTF8: [[UInt8]]) -> [UInt8] {
    var out = Array("name,title,company,topics,offer,seek,contact,show_card,share_contact\n".utf8)
    for index in strings.indices {
      let fields = (0..<5).map { Self.csv(Array(string(index + $0).utf8)) }
      out += Array(fields[0...2].joined(separator: [0x2C])) + Array(",t1;t\(index % 6 + 1),".utf8)
      out += Array(fields[3...4].joined(separator: [0x2C])) + Array(",,yes,no\n".utf8)
    }
    for bytes in invalidUTF8 {
      out += Self.csv(bytes) + Array(",".utf8) + Self.csv(bytes) + Array(",,t2,,,,yes,no\n".utf8)
    }
    return out
  }

  func tipsMarkdown(invalidUTF8: [[UInt8]]) -> [UInt8] {
    var out = Array("# ".utf8) + Array(string(3).utf8) + [0x0A, 0x0A]
    for text in strings { out += Array("- ".utf8) + Array(text.utf8) + [0x0A] }
    for bytes in invalidUTF8 { out += Array("- ".utf8) + bytes + [0x0A] }
    out += Array("\n## ".utf8) + Array(string(4).utf8) + Array("\n\n".utf8) + Array(string(5).utf8) + [0x0A]
    return out
  }

  /// A theme whose name, keys, role names, colours and attributes are the strings.
  func themeTOML() -> String {
    func quoted(_ index: Int) -> String { String(decoding: Self.toml(string(index)), as: UTF8.self) }
    var lines = [
      "name = \(quoted(0))",
      "[roles.text]",
      "rich = { fg = \(quoted(1)), bg = \(quoted(2)), attrs = [\(quoted(3)), \"bold\"] }",
      "basic = { fg = \(quoted(4)), attrs = [\(quoted(5))] }",
      "mono = [\(quoted(6))]",
      "[roles.header]",
      "rich = { fg = \"#ffffff\", bg = \"#1e3a5f\", attrs = [\"bold\"], \(quoted(7)) = \(quoted(8)) }",
      "[roles.\(quoted(9))]",
      "rich = { fg = \(quoted(10)) }",
      "[\(quoted(11))]",
    ]
    lines += strings.indices.map { "\(quoted($0)) = \(quoted($0 + 1))" }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Store

  func fillStore() throws {
    let store = try store()
    let now = Date()
    for index in 0..<(3 * Self.topicIDs.count) {
      let card = PinnedCard(
        id: "card-\(index)", topicID: Self.topicIDs[index % Self.topicIDs.count], name: string(index),
        title: string(index + 1), company: string(index + 2), offer: string(index + 3), seek: string(index + 4),
        contact: string(index + 5), showCard: true, shareContact: true, pinnedAt: now)
      try store.pin(card, actor: string(index + 6))
    }
    for index in 0..<5 {
      let entry = OpenMicEntry(
        id: "mic-\(index)", name: string(index + 2), pitch: string(index + 9), minutes: 3, position: index, joinedAt: now)
      try store.enqueue(entry, actor: string(index))
    }
    try store.announce(
      Announcement(id: "announcement", text: string(7), createdAt: now, expiresAt: now.addingTimeInterval(3600)),
      actor: string(8))
  }

  // MARK: - Quoting

  /// `text` as a TOML basic string: every control and non-ASCII character escaped, so the parsed value
  /// carries exactly these characters.
  static func toml(_ text: String) -> [UInt8] {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22, 0x5C: out += "\\\(scalar)"
      case 0x20...0x7E: out.unicodeScalars.append(scalar)
      case 0...0xFFFF: out += String(format: "\\u%04X", scalar.value)
      default: out += String(format: "\\U%08X", scalar.value)
      }
    }
    return Array((out + "\"").utf8)
  }

  /// `bytes` inside a TOML basic string: controls, quotes and backslashes escaped, other bytes (invalid
  /// UTF-8 among them) left as they are.
  static func toml(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for byte in bytes {
      switch byte {
      case 0x22, 0x5C: out += [0x5C, byte]
      case 0..<0x20, 0x7F: out += Array(String(format: "\\u%04X", byte).utf8)
      default: out.append(byte)
      }
    }
    return out + [0x22]
  }

  /// `bytes` as one quoted CSV field (quotes doubled; line breaks and everything else kept).
  static func csv(_ bytes: [UInt8]) -> [UInt8] {
    [0x22] + bytes.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
  }
}
