/// A person's name split into the five components of vCard's N property (RFC 6350 §6.2.2): family
/// names, given names, additional names, honorific prefixes and suffixes.
///
/// The split follows the common Western order, which is what a one-field name can tell: the last
/// word is the family name together with the particles before it ("van", "de", "Ó", …), the first
/// word is the given name and the words between are additional names. Titles like "Dr." in front
/// and "Jr." or "PhD" at the end become prefixes and suffixes; "Family, Given" is read as written.
/// A one-word name (a mononym, or a name written without spaces such as 陈静) is the given name.
public struct StructuredName: Sendable, Hashable {
  /// Family names: the last word with the particles before it ("van Beethoven").
  public var family: [String]
  /// Given names: the first word.
  public var given: [String]
  /// Additional (middle) names: the words between.
  public var additional: [String]
  /// Honorific prefixes ("Dr.", "Prof").
  public var prefixes: [String]
  /// Honorific suffixes and degrees ("Jr.", "PhD").
  public var suffixes: [String]

  /// The components of `name` (sanitized, one line).
  public init(_ name: String) {
    family = []
    given = []
    additional = []
    prefixes = []
    suffixes = []
    let halves = name.split(separator: ",", maxSplits: 1).map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }
    var words = halves.first ?? []
    if halves.count == 2 {
      if halves[1].allSatisfy(Self.isSuffix) {
        suffixes = halves[1]
      } else {
        family = words.isEmpty ? [] : [words.joined(separator: " ")]
        words = halves[1]
      }
    }
    while words.count > 1, Self.isPrefix(words[0]) { prefixes.append(words.removeFirst()) }
    while words.count > 1, let last = words.last, Self.isSuffix(last) { suffixes.insert(words.removeLast(), at: 0) }
    guard family.isEmpty else {
      given = Array(words.prefix(1))
      additional = Array(words.dropFirst())
      return
    }
    guard words.count > 1 else {
      given = words
      return
    }
    var start = words.count - 1
    while start > 1, Self.particles.contains(words[start - 1].lowercased()) { start -= 1 }
    family = [words[start...].joined(separator: " ")]
    given = [words[0]]
    additional = Array(words[1..<start])
  }

  /// The N value: the five components, the values within one separated by commas, all escaped.
  public var value: String {
    [family, given, additional, prefixes, suffixes].map(VCardText.list).joined(separator: ";")
  }

  /// Words that start a family name ("Ludwig van Beethoven", "Tomás Ó Briain").
  static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter",
    "ten", "zu", "bin", "ibn", "al", "el", "ó", "ní", "nic", "mac", "st.",
  ]

  /// Honorifics written before a name.
  static let prefixWords: Set<String> = ["dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "rev"]

  /// Honorifics and degrees written after a name.
  static let suffixWords: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "msc", "bsc"]

  /// Whether `word` is an honorific prefix ("Dr.", "Prof").
  static func isPrefix(_ word: String) -> Bool { prefixWords.contains(bare(word)) }

  /// Whether `word` is a suffix ("Jr.", "PhD", "III").
  static func isSuffix(_ word: String) -> Bool { suffixWords.contains(bare(word)) }

  /// `word` in lower case without dots and a trailing comma, for comparing with the word lists.
  static func bare(_ word: String) -> String { word.lowercased().filter { $0 != "." && $0 != "," } }
}
