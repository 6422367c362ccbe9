import EventState

/// Random damage to a file, for the randomized part of the bad-files suite: cuts, flipped bytes, lost
/// runs and stray TOML, CSV and Markdown punctuation, drawn from a seeded generator so that a run can
/// be replayed.
struct BadFileMutation {
  /// Where the damage comes from (the test also draws which file to damage from it).
  var random: SplitMix64

  /// A generator of damage starting from `seed`.
  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  /// `good` damaged in one to three places.
  mutating func damage(_ good: [UInt8]) -> [UInt8] {
    var bytes = good
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let at = Int.random(in: 0...bytes.count, using: &random)
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        bytes.removeSubrange(at...)
      case 1 where at < bytes.count:
        bytes[at] = UInt8.random(in: 0...255, using: &random)
      case 2:
        bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
      default:
        bytes.insert(contentsOf: Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &random)], at: at)
      }
    }
    return bytes
  }

  /// What gets inserted: the punctuation the parsers care about, the spots TOMLKit's parser asserts on
  /// (`TOMLParserGuard`), controls, a byte order mark and bytes that are not UTF-8.
  static let fragments: [[UInt8]] =
    [
      "[", "]", "[[", "]]", "{", "}", "[.]", "x = [}", "[,", "\"", "'", "'''", "\"\"\"", ",", "=", "#", "\n", "\r", "\0",
      "\\", "\\u", "key = ", "[roles.", "- ", "## ", "1. ", "\u{1B}[2J", "\u{FEFF}", "\"\",\"\"\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80]]
}
