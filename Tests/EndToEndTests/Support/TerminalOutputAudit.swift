/// What a program wrote to a terminal, checked against what its terminfo entry can produce: every
/// escape sequence must be one of the entry's, no OSC/DCS/SOS/PM/APC string at all, no control
/// character the entry does not use (never BEL), and in the text no C1 control, bidirectional control,
/// zero-width character or invalid UTF-8.
struct TerminalOutputAudit {
  /// Bytes audited.
  let byteCount: Int
  /// How many escape sequences of each kind were written.
  let sequenceCounts: [TerminalOutputScanner.Kind: Int]
  /// How many of each control character were written.
  let controlCounts: [UInt8: Int]
  /// Distinct escape sequences written.
  let distinctSequences: Set<[UInt8]>
  /// Every problem found, described with its bytes (each distinct one once).
  let violations: [String]

  /// Audits `bytes` against `terminfo`.
  init(_ bytes: [UInt8], terminfo: TerminfoSequences) {
    var sequenceCounts: [TerminalOutputScanner.Kind: Int] = [:]
    var controlCounts: [UInt8: Int] = [:]
    var distinct = Set<[UInt8]>()
    var violations: [String] = []
    func report(_ problem: String) {
      if !violations.contains(problem) { violations.append(problem) }
    }
    for token in TerminalOutputScanner.tokens(bytes) {
      switch token {
      case .sequence(let kind, let sequence):
        sequenceCounts[kind, default: 0] += 1
        guard distinct.insert(sequence).inserted else { continue }
        switch kind {
        case .csi, .escape:
          if !terminfo.allows(sequence) { report("\(kind.rawValue) not in terminfo \(terminfo.term): \(Self.show(sequence))") }
        case .osc, .dcs, .sos, .pm, .apc, .malformed:
          report("\(kind.rawValue) sequence: \(Self.show(sequence))")
        }
      case .control(let byte):
        controlCounts[byte, default: 0] += 1
        if !terminfo.controls.contains(byte) { report("control character \(Self.show([byte]))") }
      case .text(let text):
        for problem in Self.textProblems(text) { report(problem) }
      }
    }
    byteCount = bytes.count
    self.sequenceCounts = sequenceCounts
    self.controlCounts = controlCounts
    distinctSequences = distinct
    self.violations = violations
  }

  /// Problems in a run of text: invalid UTF-8 (a bare 8-bit control is one), C1 controls, bidirectional
  /// controls and zero-width characters.
  static func textProblems(_ text: [UInt8]) -> [String] {
    guard let string = String(validating: text, as: UTF8.self) else {
      return ["invalid UTF-8 in text: \(show(text.suffix(40)))"]
    }
    return string.unicodeScalars.compactMap { scalar in
      let value = scalar.value
      let name: String? =
        switch value {
        case 0x80...0x9F: "C1 control"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: "bidirectional control"
        case 0x200B...0x200D, 0x2060, 0xFEFF: "zero-width character"
        default: nil
        }
      return name.map { "\($0) U+\(String(value, radix: 16, uppercase: true)) in \"\(string.prefix(60))\"" }
    }
  }

  /// Bytes written readably: printable ASCII as is, everything else as `\e` or `\xHH`.
  static func show<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    bytes.map { byte in
      switch byte {
      case 0x1B: "\\e"
      case 0x20...0x7E: String(UnicodeScalar(byte))
      default: "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }.joined()
  }

  /// One line per kind: the bytes, the sequences by kind and the control characters.
  var summary: String {
    let kinds = TerminalOutputScanner.Kind.allCases.compactMap { kind in sequenceCounts[kind].map { "\(kind.rawValue) \($0)" } }
    let controls = controlCounts.sorted { $0.key < $1.key }.map { "\(Self.show([$0.key])) \($0.value)" }
    return "\(byteCount) bytes; sequences: \(kinds.joined(separator: ", ")) (\(distinctSequences.count) distinct); controls: \(controls.joined(separator: ", ")); \(violations.count) violation(s)"
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
