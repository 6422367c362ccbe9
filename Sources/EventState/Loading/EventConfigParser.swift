import Foundation
import TOMLKit

/// Reads event.toml into an `EventConfig`, collecting problems instead of failing.
///
/// The file (every key but `name` is optional):
/// ```toml
/// name = "Climate Tech Founders & Funders"
/// venue = "Factory Berlin"
/// timezone = "Europe/Berlin"        # IANA name; default: the system's time zone
/// start = 2026-11-26T18:00:00       # TOML date-time: local (read in `timezone`) or with an offset
/// end = 2026-11-26T22:00:00
/// theme = "dark"                    # default "dark"
/// idle_timeout = 60                 # seconds; default 60
///
/// [[agenda]]                        # one section per agenda item
/// time = "18:30"                    # "HH:MM" (or a TOML local time, 18:30:00)
/// title = "Welcome"
///
/// [[topics]]                        # one section per pane of the connecting wall
/// id = "investors"                  # letters, digits, - and _; stored in lower case
/// title = "For investors"           # default: the id
/// description = "Meet founders raising their next round"
///
/// [[rotation]]                      # one section per screen, in rotation order
/// screen = "cards"                  # cards, wall, tips or openmic
/// seconds = 20
///
/// [privacy]
/// roster = "consented"              # consented (default), all or none
///
/// [roster.columns]                  # custom roster columns (header text) → attendee field
/// "What can you help others with?" = "offer"
///
/// [open_mic]
/// board = "takeover"                # takeover (default): a live speaker fills every display; strip: a
///                                   # strip above the rotation, which goes on
/// no_repeat_in_a_row = false        # nobody speaks twice in a row while others wait
/// first_timers_first = false        # people who have not spoken yet go first
///
/// [moderator]
/// pin_hash = "pbkdf2-sha256$100000$<salt hex>$<hash hex>"   # written by `mingle set-pin`
/// ```
/// A missing `name` is an error; unknown keys are warnings; a value of the wrong type or out of range is an
/// error and the default is used instead. A plaintext `pin` is reported and never used. Every text value
/// is cleaned with `Sanitizer.line`. Problems carry the line of the offending key as far as
/// `TOMLKeyLocator` can find it, and are returned in line order.
public enum EventConfigParser {
  /// Parses the text of event.toml; `file` names it in problems.
  public static func parse(_ text: String, file: String = "event.toml") -> (config: EventConfig, problems: [Problem]) {
    var reader = EventConfigReader(text: text, file: file)
    let config = reader.read()
    return (config, reader.problems.sortedByLine())
  }
}

/// The state of one parse: the text's key locator and the problems found so far.
struct EventConfigReader {
  let text: String
  let file: String
  let locator: TOMLKeyLocator
  var problems: [Problem] = []

  init(text: String, file: String) {
    self.text = text
    self.file = file
    self.locator = TOMLKeyLocator(text: text)
  }

  /// Where a value sits: its section ("" for the root) and occurrence of an `[[array]]` section.
  struct Place {
    var section = ""
    var index = 0
  }

  mutating func read() -> EventConfig {
    var config = EventConfig(name: "")
    if let line = text.line(ofFirst: "\0") {
      report("contains a NUL byte: this is not a text file", line: line)
      return config
    }
    if let unsafe = TOMLParserGuard.firstUnsafeSpot(in: text) {
      // An earlier syntax error is the one the organizer should see first (unless it only says that the
      // text ends early, which comes from cutting it at the unsafe line).
      let before = text.prefix(lines: unsafe.line - 1)
      if case .failure(let problem) = parseTOML(before), !problem.message.contains("end-of-file") {
        problems.append(problem)
      } else {
        report(unsafe.message, line: unsafe.line)
      }
      return config
    }
    let root: TOMLTable
    switch parseTOML(text) {
    case .success(let table): root = table
    case .failure(let problem):
      problems.append(problem)
      return config
    }
    let here = Place()
    checkKeys(
      root,
      allowed: [
        "name", "venue", "timezone", "start", "end", "theme", "idle_timeout", "agenda", "topics", "rotation",
        "privacy", "roster", "moderator", "pin", "open_mic",
      ], at: here)
    if let name = string(root, "name", at: here), !name.isEmpty {
      config.name = name
    } else if root["name"] == nil || root["name"]?.string != nil {
      report("missing `name = \"…\"` (the event's name)", line: nil)
    }
    config.venue = string(root, "venue", at: here) ?? ""
    config.timeZone = readTimeZone(root)
    config.start = readDate(root, "start", in: config.timeZone)
    config.end = readDate(root, "end", in: config.timeZone)
    if let start = config.start, let end = config.end, end < start {
      report("`end` is before `start`", line: locator.line(of: "end"))
    }
    config.theme = readTheme(root)
    config.idleTimeoutSeconds = readIdleTimeout(root)
    config.agenda = readAgenda(root)
    config.topics = readTopics(root)
    config.rotation = readRotation(root)
    config.privacy = readPrivacy(root)
    config.rosterColumns = readRosterColumns(root)
    config.moderatorPIN = readModerator(root)
    config.openMic = readOpenMic(root)
    return config
  }

  /// The TOML table of `text`, or its syntax error as a problem (only for text that passed
  /// `TOMLParserGuard`).
  func parseTOML(_ text: String) -> Result<TOMLTable, Problem> {
    do {
      return .success(try TOMLTable(string: text))
    } catch let error as TOMLParseError {
      return .failure(
        Problem(
          file: file, line: error.source.begin.line, message: "syntax error: \(Sanitizer.line(error.description))"))
    } catch {
      return .failure(
        Problem(file: file, message: "cannot be read as TOML: \(Sanitizer.line(String(describing: error)))"))
    }
  }

  // MARK: - Root values

  mutating func readTimeZone(_ root: TOMLTable) -> TimeZone {
    guard let name = string(root, "timezone", at: Place()) else { return .current }
    if let zone = TimeZone(identifier: name) { return zone }
    report(
      "unknown time zone \"\(name)\" (use an IANA name like \"Europe/Berlin\"); using the system's",
      line: locator.line(of: "timezone"))
    return .current
  }

  mutating func readDate(_ root: TOMLTable, _ key: String, in zone: TimeZone) -> Date? {
    guard let value = root[key] else { return nil }
    if let dateTime = value.dateTime, let date = dateTime.foundationDate(localTimeZone: zone) { return date }
    report(
      "`\(key)` must be a TOML date-time like 2026-11-26T18:00:00 (no quotes)", line: locator.line(of: key))
    return nil
  }

  mutating func readTheme(_ root: TOMLTable) -> String {
    guard let theme = string(root, "theme", at: Place()), !theme.isEmpty else { return "dark" }
    let allowed = theme.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
    }
    guard allowed else {
      report(
        "theme \"\(theme)\" must be a plain name (letters, digits, - and _); using \"dark\"",
        line: locator.line(of: "theme"))
      return "dark"
    }
    return theme
  }

  mutating func readIdleTimeout(_ root: TOMLTable) -> Int {
    guard let value = root["idle_timeout"] else { return 60 }
    if let seconds = value.int, seconds > 0 { return seconds }
    report("`idle_timeout` must be a whole number of seconds above 0; using 60", line: locator.line(of: "idle_timeout"))
    return 60
  }

  // MARK: - Sections

  mutating func readAgenda(_ root: TOMLTable) -> [AgendaItem] {
    tables(root, "agenda").compactMap { table, place in
      checkKeys(table, allowed: ["time", "title"], at: place)
      let title = string(table, "title", at: place) ?? ""
      guard let minute = agendaMinute(table, at: place) else { return nil }
      guard !title.isEmpty else {
        report("agenda item without a `title`; skipped", line: line(nil, at: place))
        return nil
      }
      return AgendaItem(minuteOfDay: minute, title: title)
    }
  }

  mutating func agendaMinute(_ table: TOMLTable, at place: Place) -> Int? {
    guard let value = table["time"] else {
      report("agenda item without a `time`; skipped", line: line(nil, at: place))
      return nil
    }
    if let time = value.time { return time.hour * 60 + time.minute }
    if let text = value.string, let minute = Self.minuteOfDay(text) { return minute }
    let shown = value.string.map { "\"\(Sanitizer.line($0))\"" } ?? "this value"
    report("agenda time \(shown) is not a time of day like \"18:30\"; item skipped", line: line("time", at: place))
    return nil
  }

  /// 1110 for "18:30" (also "9:05"); nil for anything that is not a time of day.
  static func minuteOfDay(_ text: String) -> Int? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    return hour * 60 + minute
  }

  mutating func readTopics(_ root: TOMLTable) -> [Topic] {
    var seen: Set<String> = []
    return tables(root, "topics").compactMap { table, place in
      checkKeys(table, allowed: ["id", "title", "description"], at: place)
      guard let rawID = string(table, "id", at: place), !rawID.isEmpty else {
        if table["id"] == nil { report("topic without an `id`; skipped", line: line(nil, at: place)) }
        return nil
      }
      let id = rawID.lowercased()
      let valid = id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
      guard valid else {
        report("topic id \"\(rawID)\" may only use letters, digits, - and _; skipped", line: line("id", at: place))
        return nil
      }
      guard seen.insert(id).inserted else {
        report("duplicate topic id \"\(id)\"; skipped", line: line("id", at: place))
        return nil
      }
      let title = string(table, "title", at: place) ?? ""
      return Topic(id: id, title: title.isEmpty ? id : title, summary: string(table, "description", at: place) ?? "")
    }
  }

  mutating func readRotation(_ root: TOMLTable) -> [RotationStep] {
    guard root["rotation"] != nil else { return EventConfig.defaultRotation }
    let steps = tables(root, "rotation").compactMap { table, place -> RotationStep? in
      checkKeys(table, allowed: ["screen", "seconds"], at: place)
      guard let name = string(table, "screen", at: place) else {
        if table["screen"] == nil { report("rotation entry without a `screen`; skipped", line: line(nil, at: place)) }
        return nil
      }
      guard let screen = ScreenKind(rawValue: name.lowercased()) else {
        let known = ScreenKind.allCases.map(\.rawValue).joined(separator: ", ")
        report("unknown screen \"\(name)\" (known: \(known)); skipped", line: line("screen", at: place))
        return nil
      }
      let fallback = EventConfig.defaultRotation.first { $0.screen == screen }?.seconds ?? 20
      guard let value = table["seconds"] else { return RotationStep(screen: screen, seconds: fallback) }
      guard let seconds = value.int, seconds > 0 else {
        report("`seconds` must be a whole number above 0; using \(fallback)", line: line("seconds", at: place))
        return RotationStep(screen: screen, seconds: fallback)
      }
      return RotationStep(screen: screen, seconds: seconds)
    }
    if steps.isEmpty {
      report(
        "no usable `[[rotation]]` entry; using the default rotation", line: locator.line(of: nil, in: "rotation"),
        severity: .warning)
      return EventConfig.defaultRotation
    }
    return steps
  }

  mutating func readPrivacy(_ root: TOMLTable) -> RosterPrivacy {
    guard let table = section(root, "privacy") else { return .consented }
    let place = Place(section: "privacy")
    checkKeys(table, allowed: ["roster"], at: place)
    guard let value = string(table, "roster", at: place) else { return .consented }
    if let privacy = RosterPrivacy(rawValue: value.lowercased()) { return privacy }
    report(
      "unknown privacy \"\(value)\" (use consented, all or none); using consented", line: line("roster", at: place))
    return .consented
  }

  mutating func readRosterColumns(_ root: TOMLTable) -> [String: RosterField] {
    guard let roster = section(root, "roster") else { return [:] }
    checkKeys(roster, allowed: ["columns"], at: Place(section: "roster"))
    guard let columns = section(roster, "columns", in: "roster") else { return [:] }
    let place = Place(section: "roster.columns")
    var mapping: [String: RosterField] = [:]
    for key in columns.keys {
      guard let value = string(columns, key, at: place) else { continue }
      let header = Sanitizer.line(key)
      if let field = RosterField(rawValue: value.lowercased()), !header.isEmpty {
        mapping[header] = field
      } else {
        let known = RosterField.allCases.map(\.rawValue).joined(separator: ", ")
        report("column \"\(header)\": unknown field \"\(value)\" (known: \(known))", line: line(key, at: place))
      }
    }
    return mapping
  }

  mutating func readModerator(_ root: TOMLTable) -> PINHash? {
    let advice = "store a hash instead with `mingle set-pin` (or `mingle init --pin`); this PIN is not used"
    if root["pin"] != nil { report("a plaintext `pin` is not allowed: \(advice)", line: locator.line(of: "pin")) }
    guard let table = section(root, "moderator") else { return nil }
    let place = Place(section: "moderator")
    checkKeys(table, allowed: ["pin_hash", "pin"], at: place)
    if table["pin"] != nil {
      report("a plaintext `pin` is not allowed: \(advice)", line: line("pin", at: place))
    }
    guard let encoded = string(table, "pin_hash", at: place) else { return nil }
    if let hash = PINHash(encoded: encoded) { return hash }
    report(
      "`pin_hash` is not of the form pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>; run `mingle set-pin` to write a new one",
      line: line("pin_hash", at: place))
    return nil
  }

  // MARK: - Typed access with reporting

  /// The sanitized string at `key`, nil when absent; an error when present but not a string.
  mutating func string(_ table: TOMLTable, _ key: String, at place: Place) -> String? {
    guard let value = table[key] else { return nil }
    guard let text = value.string else {
      report("`\(Sanitizer.line(key))` must be a string in quotes", line: line(key, at: place))
      return nil
    }
    return Sanitizer.line(text)
  }

  /// The sub-table at `key`, nil when absent; an error when present but not a table.
  mutating func section(_ table: TOMLTable, _ key: String, in parent: String = "") -> TOMLTable? {
    guard let value = table[key] else { return nil }
    let name = parent.isEmpty ? key : "\(parent).\(key)"
    guard let sub = value.table else {
      report(
        "`\(key)` must be a table: write it as [\(name)]",
        line: locator.firstLine(of: key, in: parent) ?? locator.line(of: nil, in: name))
      return nil
    }
    return sub
  }

  /// The tables of an `[[key]]` array (or inline array of tables) with their places; an error for
  /// anything else.
  mutating func tables(_ root: TOMLTable, _ key: String) -> [(TOMLTable, Place)] {
    guard let value = root[key] else { return [] }
    guard let array = value.array else {
      report(
        "`\(key)` must be a list of [[\(key)]] sections",
        line: locator.firstLine(of: key) ?? locator.line(of: nil, in: key))
      return []
    }
    var result: [(TOMLTable, Place)] = []
    for (index, element) in array.enumerated() {
      let place = Place(section: key, index: index)
      if let table = element.table {
        result.append((table, place))
      } else {
        report("entry \(index + 1) of `\(key)` must be a [[\(key)]] section; skipped", line: line(nil, at: place))
      }
    }
    return result
  }

  /// Warns about keys of `table` that are not in `allowed`.
  mutating func checkKeys(_ table: TOMLTable, allowed: Set<String>, at place: Place) {
    for key in table.keys.sorted() where !allowed.contains(key) {
      let where_ = place.section.isEmpty ? "" : " in [\(place.section)]"
      report("unknown key `\(Sanitizer.line(key))`\(where_); ignored", line: line(key, at: place), severity: .warning)
    }
  }

  /// The line of `key` at `place`; for array entries given inline, the line of the array's key.
  func line(_ key: String?, at place: Place) -> Int? {
    locator.line(of: key, in: place.section, index: place.index) ?? locator.firstLine(of: place.section)
  }

  mutating func report(_ message: String, line: Int?, severity: Problem.Severity = .error) {
    problems.append(Problem(file: file, line: line, message: message, severity: severity))
  }
}
