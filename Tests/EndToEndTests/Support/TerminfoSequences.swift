import Foundation

/// The escape sequences and control characters a terminfo entry can produce, read from `infocmp -1`:
/// every string capability (except the keys, which a terminal sends rather than receives) expanded into
/// each branch of its `%?` conditionals, with parameters (`%d`, `%c`, `%s`) left open, then cut into
/// single sequences. A sequence written to the terminal is allowed when it matches one of them.
struct TerminfoSequences {
  /// One element of a sequence pattern.
  enum Piece: Hashable {
    case byte(UInt8)
    /// `%d`, `%o`, `%x`: one or more digits.
    case number
    /// `%c`: any one byte.
    case character
    /// `%s`: any bytes.
    case anything
  }

  /// The terminal type.
  let term: String
  /// Patterns of the escape sequences the capabilities contain.
  let sequences: Set<[Piece]>
  /// Control characters the capabilities use outside escape sequences (BEL excluded: the kiosk
  /// never rings).
  let controls: Set<UInt8>

  /// Reads the entry of `term` with `infocmp`.
  init(term: String) throws {
    let result = try Shell.run("/usr/bin/infocmp", ["-1", "-I", term])
    self.init(term: term, infocmp: result.output)
  }

  /// Reads the entry from `infocmp -1` output.
  init(term: String, infocmp: String) {
    self.term = term
    var sequences = Set<[Piece]>()
    var controls = Set<UInt8>()
    for (name, value) in Self.stringCapabilities(infocmp) where !name.hasPrefix("k") {
      for expansion in Self.expand(Self.parse(Self.unescape(value))) {
        let (found, loose) = Self.split(expansion)
        sequences.formUnion(found)
        controls.formUnion(loose)
      }
    }
    controls.remove(0x07)
    self.sequences = sequences
    self.controls = controls
  }

  /// Whether `sequence` (all its bytes, from the ESC) is one the entry can produce.
  func allows(_ sequence: [UInt8]) -> Bool {
    sequences.contains { Self.matches(sequence[...], $0[...]) }
  }

  // MARK: - Reading infocmp

  /// `name=value` pairs of the string capabilities in `infocmp -1` output.
  static func stringCapabilities(_ text: String) -> [(String, String)] {
    text.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("\t"), let equals = line.firstIndex(of: "=") else { return nil }
      var value = line[line.index(after: equals)...]
      if value.hasSuffix(",") { value = value.dropLast() }
      return (String(line.dropFirst()[..<equals]).trimmingCharacters(in: .whitespaces), String(value))
    }
  }

  /// A capability's bytes with terminfo's escapes (`\E`, `^X`, `\n`, `\123`, …) resolved and delays
  /// (`$<5>`) removed; `%` codes are left for `parse`.
  static func unescape(_ value: String) -> [UInt8] {
    let bytes = Array(value.utf8)
    var out: [UInt8] = []
    var index = 0
    let named: [UInt8: UInt8] = [
      0x45: 0x1B, 0x65: 0x1B, 0x6E: 0x0A, 0x6C: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0C, 0x73: 0x20,
    ]
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
        let next = bytes[index + 1]
        if let mapped = named[next] {
          out.append(mapped)
          index += 2
        } else if (0x30...0x37).contains(next) {
          var value = 0
          var end = index + 1
          while end < bytes.count, end < index + 4, (0x30...0x37).contains(bytes[end]) {
            value = value * 8 + Int(bytes[end] - 0x30)
            end += 1
          }
          out.append(value == 0 ? 0x80 : UInt8(value & 0xFF))
          index = end
        } else {
          out.append(next)
          index += 2
        }
      } else if byte == UInt8(ascii: "^"), index + 1 < bytes.count {
        out.append(bytes[index + 1] == UInt8(ascii: "?") ? 0x7F : bytes[index + 1] & 0x1F)
        index += 2
      } else if byte == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
        let close = bytes[index...].firstIndex(of: UInt8(ascii: ">"))
      {
        index = close + 1
      } else {
        out.append(byte)
        index += 1
      }
    }
    return out
  }

  // MARK: - Parameterized strings

  /// A parsed capability: output pieces and `%?` conditionals (their branches, the else included).
  indirect enum Node {
    case piece(Piece)
    case choice([[Node]])
  }

  private enum Stop { case then, otherwise, end, finish }

  /// Parses `%` codes: output codes become pieces, stack operations vanish, conditionals become choices.
  static func parse(_ bytes: [UInt8]) -> [Node] {
    var index = 0
    return parseSequence(bytes, &index).0
  }

  private static func parseSequence(_ bytes: [UInt8], _ index: inout Int) -> ([Node], Stop) {
    var nodes: [Node] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      guard byte == UInt8(ascii: "%"), index < bytes.count else {
        nodes.append(.piece(.byte(byte)))
        continue
      }
      let code = bytes[index]
      index += 1
      switch code {
      case UInt8(ascii: "%"): nodes.append(.piece(.byte(code)))
      case UInt8(ascii: "?"): nodes.append(.choice(parseConditional(bytes, &index)))
      case UInt8(ascii: "t"): return (nodes, .then)
      case UInt8(ascii: "e"): return (nodes, .otherwise)
      case UInt8(ascii: ";"): return (nodes, .end)
      case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "g"): index += 1
      case UInt8(ascii: "'"): index += 2
      case UInt8(ascii: "{"): index = (bytes[index...].firstIndex(of: UInt8(ascii: "}")) ?? bytes.count - 1) + 1
      case UInt8(ascii: "c"): nodes.append(.piece(.character))
      case UInt8(ascii: "s"): nodes.append(.piece(.anything))
      case UInt8(ascii: "d"), UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"): nodes.append(.piece(.number))
      case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "."), 0x30...0x39:
        // A printf-style format such as %02d or %:-3d: skip to its conversion.
        while index < bytes.count, !"doxXsc".utf8.contains(bytes[index]) { index += 1 }
        index += 1
        nodes.append(.piece(index <= bytes.count && bytes[index - 1] == UInt8(ascii: "c") ? .character : .number))
      default: break
      }
    }
    return (nodes, .finish)
  }

  /// The branches of a conditional whose `%?` was just read, up to its `%;`.
  private static func parseConditional(_ bytes: [UInt8], _ index: inout Int) -> [[Node]] {
    var branches: [[Node]] = []
    var (_, stop) = parseSequence(bytes, &index)
    while stop == .then {
      let (branch, next) = parseSequence(bytes, &index)
      branches.append(branch)
      guard next == .otherwise else {
        stop = next
        break
      }
      let (part, after) = parseSequence(bytes, &index)
      if after == .then {
        stop = .then
      } else {
        branches.append(part)
        return branches
      }
    }
    return branches + [[]]
  }

  /// Every output a parsed capability can make (at most a few thousand).
  static func expand(_ nodes: [Node]) -> [[Piece]] {
    var outputs: [[Piece]] = [[]]
    for node in nodes {
      switch node {
      case .piece(let piece): outputs = outputs.map { $0 + [piece] }
      case .choice(let branches):
        let options = branches.flatMap(expand)
        outputs = Array(outputs.flatMap { prefix in options.map { prefix + $0 } }.prefix(5000))
      }
    }
    return outputs
  }

  /// The escape sequences in one expanded capability, and its control characters outside them.
  static func split(_ pieces: [Piece]) -> ([[Piece]], Set<UInt8>) {
    var sequences: [[Piece]] = []
    var controls = Set<UInt8>()
    var index = 0
    while index < pieces.count {
      guard case .byte(let byte) = pieces[index] else {
        index += 1
        continue
      }
      if byte == 0x1B {
        let end = sequenceEnd(pieces, at: index)
        sequences.append(Array(pieces[index..<end]))
        index = end
      } else {
        if byte < 0x20 || byte == 0x7F { controls.insert(byte) }
        index += 1
      }
    }
    return (sequences, controls)
  }

  /// End of the sequence starting at `start` in a pattern, by the scanner's rules (parameters count as
  /// parameter bytes).
  private static func sequenceEnd(_ pieces: [Piece], at start: Int) -> Int {
    let bytes = pieces.map { piece -> UInt8 in
      if case .byte(let byte) = piece { return byte }
      return UInt8(ascii: "0")
    }
    return TerminalOutputScanner.sequence(in: bytes, at: start).1
  }

  /// Whether `bytes` match `pattern` from start to end.
  static func matches(_ bytes: ArraySlice<UInt8>, _ pattern: ArraySlice<Piece>) -> Bool {
    guard let first = pattern.first else { return bytes.isEmpty }
    let rest = pattern.dropFirst()
    switch first {
    case .byte(let byte): return bytes.first == byte && matches(bytes.dropFirst(), rest)
    case .character: return !bytes.isEmpty && matches(bytes.dropFirst(), rest)
    case .number:
      let digits = bytes.prefix { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }.count
      return digits > 0 && (1...digits).contains { matches(bytes.dropFirst($0), rest) }
    case .anything: return (0...bytes.count).contains { matches(bytes.dropFirst($0), rest) }
    }
  }
}
