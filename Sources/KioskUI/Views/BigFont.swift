import Foundation

/// A 5-row block-letter font for `BigText`: A–Z, 0–9, space and common punctuation, drawn as bitmaps
/// (`#` set, `.` clear). Every glyph is 5 rows tall; widths vary from 1 to 5 columns. Lower case and
/// accented letters are drawn with the plain capital.
enum BigFont {
  /// Rows of one glyph's bitmap.
  static let rows = 5

  /// The glyph `character` is drawn with: its own, or the plain capital's for a lower-case or
  /// accented letter ("é" → "E"); nil when the font has none.
  ///
  /// A dictionary lookup for every character of one scalar (and for any grapheme canonically
  /// equivalent to one, as "e" followed by a combining acute accent is to "é"). Other graphemes of
  /// several scalars, rare in text that was sanitized, are folded through Foundation.
  static func glyph(for character: Character) -> BigGlyph? {
    if let glyph = drawn[character] { return glyph }
    guard character.unicodeScalars.count > 1, let key = foldedKey(character) else { return nil }
    return glyphs[key]
  }

  /// The font's own character for `character` (see `glyph(for:)`); nil when the font has no glyph.
  static func key(for character: Character) -> Character? { glyph(for: character)?.key }

  /// `character` upper-cased with its accents removed by Foundation's folding, when that is one
  /// character of the font.
  static func foldedKey(_ character: Character) -> Character? {
    let folded = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
    guard folded.count == 1, let key = folded.first, glyphs[key] != nil else { return nil }
    return key
  }

  /// Every character the font draws, with its glyph: the font's own and the alternates.
  static let drawn: [Character: BigGlyph] = {
    var drawn = glyphs
    for (key, characters) in alternates {
      for character in characters { drawn[character] = glyphs[key] }
    }
    return drawn
  }()

  /// The font's own characters with their glyphs.
  static let glyphs: [Character: BigGlyph] = Dictionary(uniqueKeysWithValues: bitmaps.map { ($0.key, BigGlyph(key: $0.key, bitmap: $0.value)) })

  /// The characters drawn with another character's glyph, listed under it: lower case, the accented
  /// letters of the Latin blocks, and "≠". The lists are what Foundation's case- and
  /// diacritic-insensitive folding turns into one of the font's characters, over all of Unicode
  /// (characters canonically equivalent to the font's own, as the Kelvin sign is to "K", need no
  /// entry); a test checks that the two still agree.
  static let alternates: [Character: String] = [
    "A": "aÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
    "B": "bḂḃḄḅḆḇ",
    "C": "cÇçĆćĈĉĊċČčḈḉ",
    "D": "dĎďḊḋḌḍḎḏḐḑḒḓ",
    "E": "eÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ",
    "F": "fḞḟ",
    "G": "gĜĝĞğĠġĢģǦǧǴǵḠḡ",
    "H": "hĤĥȞȟḢḣḤḥḦḧḨḩḪḫẖ",
    "I": "iÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị",
    "J": "jĴĵǰ",
    "K": "kĶķǨǩḰḱḲḳḴḵ",
    "L": "lĹĺĻļĽľḶḷḸḹḺḻḼḽ",
    "M": "mḾḿṀṁṂṃ",
    "N": "nÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ",
    "O": "oÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ",
    "P": "pṔṕṖṗ",
    "Q": "q",
    "R": "rŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ",
    "S": "sŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩẛ",
    "T": "tŢţŤťȚțṪṫṬṭṮṯṰṱẗ",
    "U": "uÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự",
    "V": "vṼṽṾṿ",
    "W": "wŴŵẀẁẂẃẄẅẆẇẈẉẘ",
    "X": "xẊẋẌẍ",
    "Y": "yÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ",
    "Z": "zŹźŻżŽžẐẑẒẓẔẕ",
    "=": "≠",
  ]

  /// The bitmaps of the font's own characters.
  static let bitmaps: [Character: [String]] = [
    "A": [".##.", "#..#", "####", "#..#", "#..#"],
    "B": ["###.", "#..#", "###.", "#..#", "###."],
    "C": [".###", "#...", "#...", "#...", ".###"],
    "D": ["###.", "#..#", "#..#", "#..#", "###."],
    "E": ["####", "#...", "###.", "#...", "####"],
    "F": ["####", "#...", "###.", "#...", "#..."],
    "G": [".###", "#...", "#.##", "#..#", ".###"],
    "H": ["#..#", "#..#", "####", "#..#", "#..#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "J": ["..##", "...#", "...#", "#..#", ".##."],
    "K": ["#..#", "#.#.", "##..", "#.#.", "#..#"],
    "L": ["#...", "#...", "#...", "#...", "####"],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
    "N": ["#...#", "##..#", "#.#.#", "#..##", "#...#"],
    "O": [".##.", "#..#", "#..#", "#..#", ".##."],
    "P": ["###.", "#..#", "###.", "#...", "#..."],
    "Q": [".##.", "#..#", "#..#", "#.##", ".###"],
    "R": ["###.", "#..#", "###.", "#.#.", "#..#"],
    "S": [".###", "#...", ".##.", "...#", "###."],
    "T": ["#####", "..#..", "..#..", "..#..", "..#.."],
    "U": ["#..#", "#..#", "#..#", "#..#", ".##."],
    "V": ["#...#", "#...#", "#...#", ".#.#.", "..#.."],
    "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"],
    "X": ["#...#", ".#.#.", "..#..", ".#.#.", "#...#"],
    "Y": ["#...#", ".#.#.", "..#..", "..#..", "..#.."],
    "Z": ["####", "...#", ".##.", "#...", "####"],
    "0": [".##.", "#..#", "#..#", "#..#", ".##."],
    "1": [".#.", "##.", ".#.", ".#.", "###"],
    "2": ["###.", "...#", ".##.", "#...", "####"],
    "3": ["###.", "...#", ".##.", "...#", "###."],
    "4": ["#..#", "#..#", "####", "...#", "...#"],
    "5": ["####", "#...", "###.", "...#", "###."],
    "6": [".##.", "#...", "###.", "#..#", ".##."],
    "7": ["####", "...#", "..#.", ".#..", ".#.."],
    "8": [".##.", "#..#", ".##.", "#..#", ".##."],
    "9": [".##.", "#..#", ".###", "...#", ".##."],
    " ": ["..", "..", "..", "..", ".."],
    ".": [".", ".", ".", ".", "#"],
    ",": [".", ".", ".", "#", "#"],
    "!": ["#", "#", "#", ".", "#"],
    "?": ["###.", "...#", ".##.", "....", ".#.."],
    ":": [".", "#", ".", "#", "."],
    ";": [".", "#", ".", "#", "#"],
    "'": ["#", "#", ".", ".", "."],
    "’": ["#", "#", ".", ".", "."],
    "\"": ["#.#", "#.#", "...", "...", "..."],
    "-": ["...", "...", "###", "...", "..."],
    "–": ["...", "...", "###", "...", "..."],
    "+": ["...", ".#.", "###", ".#.", "..."],
    "=": ["...", "###", "...", "###", "..."],
    "/": ["..#", "..#", ".#.", "#..", "#.."],
    "(": [".#", "#.", "#.", "#.", ".#"],
    ")": ["#.", ".#", ".#", ".#", "#."],
    "&": [".##.", "#..#", ".##.", "#.#.", ".#.#"],
    "%": ["#..#", "...#", "..#.", ".#..", "#..#"],
    "_": ["...", "...", "...", "...", "###"],
  ]
}
