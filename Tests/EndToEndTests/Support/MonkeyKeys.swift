import EventState

/// Random keystrokes for the monkey test, as the bytes an xterm sends for them, drawn from a seeded
/// generator so that a seed replays the same storm.
///
/// The mix: printable ASCII, UTF-8 text (accents, CJK, emoji, combining marks, zero-width joiners,
/// right-to-left letters), control keys, Escape alone, unfinished escape sequences, function keys
/// (plain and with modifiers), arrows, paging and editing keys, Enter, Backspace, Tab and invalid UTF-8.
struct MonkeyKeys {
  private var generator: SplitMix64

  init(seed: UInt64) {
    generator = SplitMix64(seed: seed)
  }

  /// The bytes of `count` random keys, one after the other.
  mutating func bytes(keys count: Int) -> [UInt8] {
    (0..<count).flatMap { _ in next() }
  }

  /// The bytes of one random key.
  mutating func next() -> [UInt8] {
    let draw = Int.random(in: 0..<100, using: &generator)
    switch draw {
    case 0..<30: return [UInt8.random(in: 0x20...0x7E, using: &generator)]
    case 30..<40: return pick(Self.text)
    case 40..<48: return [UInt8.random(in: 0x01...0x1A, using: &generator)]
    case 48..<50: return pick(Self.otherControls)
    case 50..<53: return [0x1B]
    case 53..<58: return pick(Self.fragments)
    case 58..<64: return pick(Self.functionKeys)
    case 64..<72: return pick(Self.arrows)
    case 72..<77: return pick(Self.navigation)
    case 77..<85: return [0x0D]
    case 85..<90: return pick([[0x7F], [0x08]])
    case 90..<94: return pick([[0x09], Array("\u{1B}[Z".utf8)])
    default: return pick(Self.invalidUTF8)
    }
  }

  private mutating func pick(_ choices: [[UInt8]]) -> [UInt8] {
    choices.randomElement(using: &generator)!
  }

  private static func sequences(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }

  private static let text = sequences([
    "é", "ß", "ü", "ñ", "Ω", "→", "€", "中", "文", "한", "😀", "👩‍💻", "🇩🇪", "e\u{301}", "a\u{308}\u{308}\u{308}",
    "\u{200D}", "\u{200B}", "\u{202E}", "ש", "ل", "\u{FEFF}", "\u{FFFD}", "\u{85}", "\u{9B}",
  ])

  private static let otherControls: [[UInt8]] = [[0x00], [0x1C], [0x1D], [0x1E], [0x1F], [0x7F]]

  private static let fragments = sequences([
    "\u{1B}[", "\u{1B}O", "\u{1B}[1;5", "\u{1B}[1;", "\u{1B}[2", "\u{1B}[?", "\u{1B}]", "\u{1B}]0;",
    "\u{1B}P", "\u{1B}[<0;10;", "\u{1B}[M", "\u{1B}[200~", "\u{1B}\u{1B}", "\u{1B}[99999999999",
  ])

  private static let functionKeys = sequences(
    ["\u{1B}OP", "\u{1B}OQ", "\u{1B}OR", "\u{1B}OS"]
      + ["15", "17", "18", "19", "20", "21", "23", "24"].map { "\u{1B}[\($0)~" }
      + ["\u{1B}[1;2P", "\u{1B}[1;5Q", "\u{1B}[24;2~", "\u{1B}[24;5~", "\u{1B}[15;3~"])

  private static let arrows = sequences(
    ["A", "B", "C", "D"].flatMap { ["\u{1B}[\($0)", "\u{1B}O\($0)", "\u{1B}[1;5\($0)", "\u{1B}[1;2\($0)"] })

  private static let navigation = sequences([
    "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[H", "\u{1B}[F", "\u{1B}OH", "\u{1B}OF", "\u{1B}[1~", "\u{1B}[4~",
    "\u{1B}[2~", "\u{1B}[3~", "\u{1B}[5;5~", "\u{1B}[6;5~",
  ])

  private static let invalidUTF8: [[UInt8]] = [
    [0x80], [0xBF], [0xC0, 0xAF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3, 0x28],
  ]
}
