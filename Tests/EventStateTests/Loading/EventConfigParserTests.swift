import Foundation
import TestSupport
import Testing

@testable import EventState

/// event.toml: every key, and every way it can be wrong.
@Suite struct EventConfigParserTests {
  func parse(_ text: String) -> (config: EventConfig, problems: [String]) {
    let result = EventConfigParser.parse(text)
    return (result.config, result.problems.lines)
  }

  @Test func fullConfig() throws {
    let pin = PINHash.make(pin: "1234", salt: [1, 2, 3, 4], iterations: 5)
    let (config, problems) = parse(
      """
      name = "Founders & Funders"
      venue = "Spreewerk Loft"
      timezone = "Europe/Berlin"
      start = 2026-11-26T18:00:00
      end = 2026-11-26T22:30:00+01:00
      theme = "light"
      idle_timeout = 90

      [[agenda]]
      time = "18:30"
      title = "Welcome"

      [[agenda]]
      time = 19:05:00
      title = "Open mic"

      [[topics]]
      id = "Investors"
      title = "For investors"
      description = "Meet founders"

      [[topics]]
      id = "legal"

      [[rotation]]
      screen = "wall"
      seconds = 30

      [[rotation]]
      screen = "tips"

      [privacy]
      roster = "all"

      [roster.columns]
      "What can you help others with?" = "offer"
      Looking = "SEEK"

      [moderator]
      pin_hash = "\(pin.encoded)"
      """)
    #expect(problems == [])
    #expect(config.name == "Founders & Funders")
    #expect(config.venue == "Spreewerk Loft")
    #expect(config.timeZone.identifier == "Europe/Berlin")
    #expect(config.start == Date(timeIntervalSince1970: 1_795_712_400), "18:00 in Berlin in November is 17:00 UTC")
    #expect(config.end == Date(timeIntervalSince1970: 1_795_728_600))
    #expect(config.theme == "light")
    #expect(config.idleTimeoutSeconds == 90)
    #expect(
      config.agenda == [
        AgendaItem(minuteOfDay: 1110, title: "Welcome"), AgendaItem(minuteOfDay: 1145, title: "Open mic"),
      ])
    #expect(
      config.topics == [
        Topic(id: "investors", title: "For investors", summary: "Meet founders"), Topic(id: "legal", title: "legal"),
      ])
    #expect(config.rotation == [RotationStep(screen: .wall, seconds: 30), RotationStep(screen: .tips, seconds: 12)])
    #expect(config.privacy == .all)
    #expect(config.rosterColumns == ["What can you help others with?": .offer, "Looking": .seek])
    #expect(config.moderatorPIN == pin)
  }

  @Test func defaults() {
    let (config, problems) = parse("name = \"Minimal\"\n")
    #expect(problems == [])
    #expect(config.timeZone == .current)
    #expect(config.theme == "dark" && config.idleTimeoutSeconds == 60 && config.privacy == .consented)
    #expect(config.rotation == EventConfig.defaultRotation)
    #expect(config.agenda.isEmpty && config.topics.isEmpty && config.moderatorPIN == nil && config.start == nil)
  }

  @Test func syntaxErrorCarriesItsLine() {
    let (config, problems) = parse("name = \"Broken\"\n\n[[agenda]\ntime = \"18:00\"\n")
    #expect(problems.count == 1)
    #expect(problems[0].hasPrefix("event.toml:3: syntax error: "))
    #expect(config.name == "")
  }

  @Test func unknownScreenIsReportedAtItsLine() {
    let (config, problems) = parse(
      """
      name = "X"

      [[rotation]]
      screen = "cards"

      [[rotation]]
      screen = "slideshow"
      seconds = 5
      """)
    #expect(problems == ["event.toml:7: unknown screen \"slideshow\" (known: cards, wall, tips, openmic, spotlight); skipped"])
    #expect(config.rotation == [RotationStep(screen: .cards, seconds: 20)])
  }

  @Test func plaintextPINIsAnErrorAndNeverUsed() {
    let (config, problems) = parse(
      """
      name = "X"
      [moderator]
      pin = "1234"
      """)
    #expect(config.moderatorPIN == nil)
    #expect(
      problems == [
        "event.toml:3: a plaintext `pin` is not allowed: store a hash instead with `mingle set-pin` (or `mingle init --pin`); this PIN is not used"
      ])
  }

  @Test func plaintextPINAtTheRootIsAnErrorToo() {
    let (config, problems) = parse("name = \"X\"\npin = 1234\n")
    #expect(config.moderatorPIN == nil)
    #expect(problems.count == 1 && problems[0].hasPrefix("event.toml:2: a plaintext `pin` is not allowed"))
  }

  @Test func malformedPINHash() {
    let (config, problems) = parse("name = \"X\"\n[moderator]\npin_hash = \"sha1$1$00$00\"\n")
    #expect(config.moderatorPIN == nil)
    #expect(problems.count == 1 && problems[0].hasPrefix("event.toml:3: `pin_hash` is not of the form"))
  }

  @Test func missingNameIsAnError() {
    #expect(parse("venue = \"Somewhere\"\n").problems == ["event.toml: missing `name = \"…\"` (the event's name)"])
    #expect(parse("name = \"  \"\n").problems == ["event.toml: missing `name = \"…\"` (the event's name)"])
  }

  @Test func semanticErrorsHaveLines() {
    let (config, problems) = parse(
      """
      name = "X"
      timezone = "Mars/Olympus"
      idle_timeout = -3
      colour = "red"

      [[agenda]]
      time = "25:00"
      title = "Too late"

      [[agenda]]
      time = "18:00"

      [[topics]]
      title = "No id"

      [[topics]]
      id = "hiring"

      [[topics]]
      id = "hiring"

      [[topics]]
      id = "not valid!"

      [privacy]
      roster = "everyone"

      [roster.columns]
      "Question" = "favourite_colour"
      """)
    #expect(
      problems == [
        "event.toml:2: unknown time zone \"Mars/Olympus\" (use an IANA name like \"Europe/Berlin\"); using the system's",
        "event.toml:3: `idle_timeout` must be a whole number of seconds above 0; using 60",
        "event.toml:4: warning: unknown key `colour`; ignored",
        "event.toml:7: agenda time \"25:00\" is not a time of day like \"18:30\"; item skipped",
        "event.toml:10: agenda item without a `title`; skipped",
        "event.toml:13: topic without an `id`; skipped",
        "event.toml:20: duplicate topic id \"hiring\"; skipped",
        "event.toml:23: topic id \"not valid!\" may only use letters, digits, - and _; skipped",
        "event.toml:26: unknown privacy \"everyone\" (use consented, all or none); using consented",
        "event.toml:29: column \"Question\": unknown field \"favourite_colour\" (known: \(RosterField.allCases.map(\.rawValue).joined(separator: ", ")))",
      ])
    #expect(config.topics.map(\.id) == ["hiring"])
    #expect(config.agenda.isEmpty && config.privacy == .consented && config.rosterColumns.isEmpty)
  }

  @Test func unknownKeysInSectionsAreWarnings() {
    let (_, problems) = parse(
      """
      name = "X"
      [[topics]]
      id = "a"
      colour = "red"
      [moderator]
      pin_hash_typo = "x"
      """)
    #expect(
      problems == [
        "event.toml:4: warning: unknown key `colour` in [topics]; ignored",
        "event.toml:6: warning: unknown key `pin_hash_typo` in [moderator]; ignored",
      ])
  }

  @Test func wrongTypes() {
    let (config, problems) = parse(
      """
      name = 42
      start = "2026-11-26 18:00"
      agenda = "all day"
      privacy = "all"
      """)
    #expect(config.name == "")
    #expect(
      problems == [
        "event.toml:1: `name` must be a string in quotes",
        "event.toml:2: `start` must be a TOML date-time like 2026-11-26T18:00:00 (no quotes)",
        "event.toml:3: `agenda` must be a list of [[agenda]] sections",
        "event.toml:4: `privacy` must be a table: write it as [privacy]",
      ])
  }

  @Test func inlineArraysAreReadAndReportedAtTheirKey() {
    let (config, problems) = parse(
      """
      name = "X"
      rotation = [
        { screen = "wall", seconds = 10 },
        { screen = "nope" },
      ]
      """)
    #expect(config.rotation == [RotationStep(screen: .wall, seconds: 10)])
    #expect(problems == ["event.toml:2: unknown screen \"nope\" (known: cards, wall, tips, openmic, spotlight); skipped"])
  }

  @Test func allRotationEntriesBadFallsBackToDefault() {
    let (config, problems) = parse("name = \"X\"\n[[rotation]]\nscreen = \"nope\"\n")
    #expect(config.rotation == EventConfig.defaultRotation)
    #expect(
      problems == [
        "event.toml:2: warning: no usable `[[rotation]]` entry; using the default rotation",
        "event.toml:3: unknown screen \"nope\" (known: cards, wall, tips, openmic, spotlight); skipped",
      ])
  }

  @Test func endBeforeStart() {
    let (_, problems) = parse("name = \"X\"\nstart = 2026-11-26T18:00:00Z\nend = 2026-11-26T17:00:00Z\n")
    #expect(problems == ["event.toml:3: `end` is before `start`"])
  }

  @Test func themeMustBeAPlainName() {
    let (config, problems) = parse("name = \"X\"\ntheme = \"../../etc/passwd\"\n")
    #expect(config.theme == "dark")
    #expect(problems.count == 1 && problems[0].hasPrefix("event.toml:2: theme"))
  }

  @Test func textValuesAreSanitized() throws {
    let hostile = HostileStrings.all
    let escaped = hostile.map { text in
      text.unicodeScalars.map {
        $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? String($0) : String(format: "\\U%08X", $0.value)
      }
      .joined()
    }
    var toml = "name = \"\(escaped[0])\"\nvenue = \"\(escaped[1])\"\n"
    for (index, text) in escaped.enumerated() {
      toml += "[[agenda]]\ntime = \"18:\(10 + index)\"\ntitle = \"\(text)\"\n"
      toml += "[[topics]]\nid = \"t\(index)\"\ntitle = \"\(text)\"\ndescription = \"\(text)\"\n"
    }
    let (config, problems) = parse(toml)
    #expect(problems == [])
    #expect(config.name == "Alice[2JBob")
    #expect(config.agenda.count == hostile.count && config.topics.count == hostile.count)
    let texts =
      [config.name, config.venue] + config.agenda.map(\.title) + config.topics.flatMap { [$0.title, $0.summary] }
    for text in texts { #expect(Sanitizer.isClean(text)) }
  }

  @Test func garbageNeverCrashes() throws {
    let garbage = String(decoding: try Fixtures.data("garbage.bin"), as: UTF8.self)
    #expect(!parse(garbage).problems.isEmpty)
    #expect(parse("").problems == ["event.toml: missing `name = \"…\"` (the event's name)"])
    #expect(parse("name = \"a\0b\"\n").problems == ["event.toml:1: contains a NUL byte: this is not a text file"])
    for text in [
      "[[[", "= =", "name = \"\u{FFFD}\"\n[a]\n[a]", "a.b.c.d.e = 1\n[a]", String(repeating: "[", count: 10_000),
    ] {
      _ = parse(text)
    }
  }

  @Test(arguments: [("18:30", 1110), ("9:05", 545), ("00:00", 0), ("23:59", 1439)])
  func timesOfDay(text: String, minute: Int) {
    let (config, _) = parse("name = \"X\"\n[[agenda]]\ntime = \"\(text)\"\ntitle = \"T\"\n")
    #expect(config.agenda.first?.minuteOfDay == minute)
  }

  @Test(arguments: ["24:00", "12:60", "1830", "18:3", "-1:00", "18:30:00", "noon", "１８:３０"])
  func notTimesOfDay(text: String) {
    let (config, problems) = parse("name = \"X\"\n[[agenda]]\ntime = \"\(text)\"\ntitle = \"T\"\n")
    #expect(config.agenda.isEmpty)
    #expect(problems.count == 1)
  }
}
