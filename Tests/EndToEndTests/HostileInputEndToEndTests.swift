import EventState
import Foundation
import Testing

/// Hostile input through every path — roster, tips, event.toml, a theme file, the store and the
/// keyboard — against the built kiosk. The bytes it writes are recorded through a pty this suite opens
/// and parsed as a terminal would: every escape sequence must be one the terminfo entry produces, no
/// OSC/DCS/APC/PM string, no BEL, no C1, bidirectional or zero-width character, and no raw piece of the
/// corpus. In tmux, every screen of the hostile event has the layout of the same event fed its texts already
/// sanitized.
@Suite(.serialized) struct HostileInputEndToEndTests {
  static let columns = 100
  static let rows = 30
  static let right: [UInt8] = [0x1B, 0x5B, 0x43]
  static let escape: [UInt8] = [0x1B]
  static let enter: [UInt8] = [0x0D]

  /// What the attendee types as a name at the pin wizard: an override, zero-width characters, a flood of
  /// combining marks, BEL, an 8-bit CSI and invalid UTF-8 between plain letters.
  static let typedName: [UInt8] =
    Array("Kbd\u{202E}Zed\u{200B}\u{200D}e".utf8) + Array(String(repeating: "\u{301}", count: 50).utf8) + [0x07]
    + Array("\u{9B}31m".utf8) + [0xC3, 0x28, 0xFF, 0x9B] + Array("Quill".utf8)

  @Test func theTerminfoMatcherFlagsWhatNcursesNeverWrites() throws {
    let xterm = try TerminfoSequences(term: "xterm-256color")
    for allowed in ["\u{1B}[12;40H", "\u{1B}[38;5;123m", "\u{1B}[48;5;17m", "\u{1B}(B", "\u{1B}[m", "\u{1B}[?1049h", "\u{1B}[?25l", "\u{1B}[0;1;7m", "\u{1B}[39;49m"] {
      #expect(xterm.allows(Array(allowed.utf8)), "\(TerminalOutputAudit.show(Array(allowed.utf8))) is an xterm-256color sequence")
    }
    #expect(xterm.controls.isSuperset(of: [0x0D, 0x0A, 0x08]))
    #expect(!xterm.controls.contains(0x07), "BEL is never allowed")
    let clean = TerminalOutputAudit(Array("\u{1B}[H\u{1B}[2J\u{1B}[1;1HHello\r\n".utf8), terminfo: xterm)
    #expect(clean.violations.isEmpty, "\(clean.violations)")

    let injected: [(String, String)] = [
      ("\u{1B}]0;pwned\u{07}", "OSC"), ("\u{1B}P1$qm\u{1B}\\", "DCS"), ("\u{1B}_x\u{1B}\\", "APC"), ("\u{1B}^x\u{1B}\\", "PM"),
      ("a\u{07}b", "control character \\x07"), ("x\u{9B}31m", "C1 control"), ("a\u{202E}b", "bidirectional"),
      ("a\u{200B}b", "zero-width"), ("a\u{2067}b", "bidirectional"), ("\u{1B}[9m", "not in terminfo"),
      ("\u{1B}[>0;1m", "not in terminfo"), ("\u{1B}[", "malformed"),
    ]
    for (bytes, kind) in injected {
      let audit = TerminalOutputAudit(Array("\u{1B}[1;1H".utf8) + Array(bytes.utf8), terminfo: xterm)
      #expect(audit.violations.contains { $0.contains(kind) }, "\(TerminalOutputAudit.show(Array(bytes.utf8))) not flagged: \(audit.violations)")
    }
    let bare = TerminalOutputAudit([0x41, 0x9B, 0x33, 0x31, 0x6D], terminfo: xterm)
    #expect(bare.violations.contains { $0.contains("invalid UTF-8") }, "a bare 8-bit CSI byte is flagged")

    let linux = try TerminfoSequences(term: "linux")
    #expect(linux.allows(Array("\u{1B}[3;7H".utf8)) && linux.allows(Array("\u{1B}[0;10;1m".utf8)))
    #expect(!linux.allows(Array("\u{1B}[38;5;123m".utf8)), "the console has no 256-colour sequences")
  }

  @Test(arguments: ["xterm-256color", "linux"])
  func theKioskWritesOnlyTerminfoSequencesWhateverItIsFed(term: String) throws {
    let terminfo = try TerminfoSequences(term: term)
    let event = try CorpusEvent.hostile()
    let kiosk = try PtyTerminal([MingleBinary.path, "run", event.folder.path], term: term, columns: Self.columns, rows: Self.rows)
    #expect(kiosk.readUntil(contains: "People", limit: 15), "the kiosk never drew its cards screen")
    kiosk.readUntilQuiet()
    for _ in 0..<4 { kiosk.type(Self.right) }

    let steps: [[UInt8]] = [
      Self.enter, Self.typedName, Self.enter, Array(String(repeating: "X", count: 10_000).utf8), Self.enter, Array("1".utf8),
      Self.enter, Array("Offer\t\u{2066}isolated\u{2069}\u{FEFF}\u{85}".utf8), Self.enter, HostileCorpus.invalidUTF8[2],
      Self.enter, Self.enter, Array("y".utf8), Self.enter, Self.enter,
    ]
    for step in steps { kiosk.type(step) }
    #expect(kiosk.readUntil(contains: "Your code", limit: 10), "the pin wizard did not confirm the typed card")
    kiosk.readUntilQuiet(1.5)

    for text in HostileCorpus.strings where text.utf8.count < 300 {
      kiosk.type(Array(text.utf8))
      kiosk.type(Self.escape, quiet: 0.5)
    }
    for bytes in HostileCorpus.invalidUTF8 { kiosk.type(bytes + Self.escape, quiet: 0.5) }
    kiosk.type(Self.escape, quiet: 0.5)
    for _ in 0..<4 { kiosk.type(Self.right) }
    #expect(kiosk.isRunning, "the kiosk died on hostile input")
    let status = kiosk.stop()
    #expect(status == 0, "the kiosk did not exit cleanly on SIGTERM: \(status.map(String.init) ?? "still running")")

    let audit = TerminalOutputAudit(kiosk.recorded, terminfo: terminfo)
    print("hostile input, TERM=\(term): \(audit.summary)")
    #expect(audit.byteCount > 10_000, "too little output to prove anything")
    #expect(audit.violations.isEmpty, "TERM=\(term):\n\(audit.violations.prefix(40).joined(separator: "\n"))")
    let leaks = Self.rawPieces.filter { Self.contains(kiosk.recorded, $0) }
    #expect(leaks.isEmpty, "raw corpus bytes reached the terminal: \(leaks.map(TerminalOutputAudit.show))")

    let card = try event.store().snapshot(now: Date()).cards.first { $0.name.hasPrefix("Kbd") }
    let name = try #require(card?.name, "the typed card is not in the store")
    #expect(name.contains("Quill") && Sanitizer.isClean(name), "stored name: \(name.debugDescription)")
  }

  @Test func everyScreenOfTheHostileEventHasThePlainEventsLayout() throws {
    let hostile = try TmuxSession([MingleBinary.path, "run", try CorpusEvent.hostile().folder.path], columns: Self.columns, rows: Self.rows)
    let plain = try TmuxSession([MingleBinary.path, "run", try CorpusEvent.clean().folder.path], columns: Self.columns, rows: Self.rows)
    for (index, title) in ScreenTitles.all.enumerated() {
      if index > 0 {
        try hostile.send(keys: "Right")
        try plain.send(keys: "Right")
      }
      #expect(hostile.wait(for: title) != nil && plain.wait(for: title) != nil, "screen \(title) did not appear:\n\(hostile.screen())")
      try compareLayouts(hostile, plain, screen: title)
    }

    for session in [hostile, plain] {
      try session.send(keys: "Enter")
      #expect(session.wait(for: "step 1 of") != nil, "\(session.screen())")
    }
    for text in HostileCorpus.strings where !text.unicodeScalars.contains(where: { "\u{1B}\r\u{0}".unicodeScalars.contains($0) }) && text.utf8.count < 300 {
      try hostile.type(text)
    }
    for bytes in HostileCorpus.invalidUTF8 { try hostile.send(bytes: bytes.filter { $0 != 0x1B }) }
    try plain.type("Plain name")
    #expect(hostile.wait(for: "step 1 of") != nil, "the wizard was left:\n\(hostile.screen())")
    try compareLayouts(hostile, plain, screen: "pin wizard")
  }

  /// Expects the settled screens of `hostile` and `plain` to have the same layout, no line wider than
  /// the terminal.
  func compareLayouts(_ hostile: TmuxSession, _ plain: TmuxSession, screen: String) throws {
    let hostileLines = hostile.settledLines()
    let plainLines = plain.settledLines()
    let hostileLayout = ScreenLayout(lines: hostileLines)
    let plainLayout = ScreenLayout(lines: plainLines)
    let shown = "hostile:\n\(hostileLines.joined(separator: "\n"))\nplain:\n\(plainLines.joined(separator: "\n"))"
    #expect(hostileLines.count == Self.rows, "\(screen): \(hostileLines.count) rows")
    #expect(hostileLayout.widths.allSatisfy { $0 <= Self.columns }, "\(screen): line widths \(hostileLayout.widths)\n\(shown)")
    #expect(hostileLayout.cornerCells == plainLayout.cornerCells, "\(screen): boxes moved\n\(shown)")
    #expect(hostileLayout.footer == plainLayout.footer, "\(screen): footer changed\n\(shown)")
    #expect(!hostileLines[0].trimmingCharacters(in: .whitespaces).isEmpty, "\(screen): no header row\n\(shown)")
  }

  /// Pieces of the corpus that only a leak could write: each character the sanitizer removes (a
  /// control, an override, an invisible one; combining marks and white space are kept or folded) with
  /// up to three characters either side, as UTF-8.
  static let rawPieces: Set<[UInt8]> = {
    var pieces = Set<[UInt8]>()
    for text in HostileCorpus.strings {
      let scalars = Array(text.unicodeScalars)
      for (index, scalar) in scalars.enumerated() {
        let kept = Sanitizer.line("a\(scalar)a") == "a\(scalar)a" || Sanitizer.line("a\(scalar)a") == "a a"
        guard !kept else { continue }
        let window = scalars[max(0, index - 3)..<min(scalars.count, index + 4)]
        pieces.insert(Array(String(String.UnicodeScalarView(window)).utf8))
      }
    }
    return pieces
  }()

  /// Whether `bytes` contain `piece`.
  static func contains(_ bytes: [UInt8], _ piece: [UInt8]) -> Bool {
    guard let first = piece.first, bytes.count >= piece.count else { return false }
    var index = 0
    while let found = bytes[index...].firstIndex(of: first) {
      if found + piece.count <= bytes.count, bytes[found..<(found + piece.count)].elementsEqual(piece) { return true }
      index = found + 1
    }
    return false
  }
}
