import Foundation

/// The hostile strings the end-to-end suite feeds through every input path: the shared corpus
/// (`Tests/TestSupport/hostile-strings.txt`, read from the source tree because this test target does not
/// link TestSupport) plus what it lacks: string commands (DCS, APC, PM, 8-bit OSC), isolates,
/// invisible characters, a flood of combining marks, a 10,000-character field, line breaks inside a
/// field, and bytes that are not UTF-8.
enum HostileCorpus {
  /// Every hostile string, decoded into its raw characters.
  static let strings: [String] = shared + extra

  /// Hostile byte strings that are not valid UTF-8 (for the files and the keyboard).
  static let invalidUTF8: [[UInt8]] = [
    Array("Bare CSI \u{1B}".utf8) + [0x9B] + Array("31mred".utf8),
    Array("Bare OSC ".utf8) + [0x9D] + Array("0;pwned".utf8) + [0x07],
    [0x4F, 0x76, 0x65, 0x72, 0x6C, 0x6F, 0x6E, 0x67, 0x20, 0xC0, 0x9B, 0x20, 0xE0, 0x80, 0x9B],
    [0x53, 0x75, 0x72, 0x72, 0x6F, 0x67, 0x61, 0x74, 0x65, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xFF, 0xFE],
  ]

  /// The strings of the shared corpus file.
  static let shared: [String] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("TestSupport/hostile-strings.txt")
    guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { decode(String($0)) }
  }()

  /// Strings the shared corpus does not cover.
  static let extra: [String] = [
    "DCS\u{1B}P1$qm\u{1B}\\string",
    "APC\u{1B}_hidden\u{1B}\\ and PM\u{1B}^private\u{1B}\\",
    "OSC 8 \u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\",
    "Title \u{1B}]2;owned\u{1B}\\ and \u{9D}0;eight-bit\u{9C}",
    "Keys \u{1B}[?1049l\u{1B}[?25h\u{1B}c\u{1B}7\u{1B}8\u{1B}(0qqq\u{1B}(B",
    "Isolates \u{2066}left\u{2069}\u{2067}right\u{2069}\u{2068}first\u{2069}\u{202A}\u{202B}\u{202C}\u{202D}",
    "Invisible \u{200C}\u{200E}\u{200F}\u{2060}\u{FEFF}\u{061C}\u{180E}end",
    "Nul\u{0}and\u{7F}delete\u{85}next line\u{2028}separator",
    "Flood z" + String(repeating: "\u{0301}\u{0308}\u{0336}", count: 400),
    "Line one\nLine two\r\nLine three",
    String(repeating: "W", count: 10_000),
    String(repeating: "界", count: 5_000),
    "Wide 👩‍👩‍👧‍👦 family 🇩🇪 flag",
  ]

  /// Decodes the corpus file's written escapes: `\e` ESC, `\a` BEL, `\b`, `\t`, `\r`, `\n`, `\\`,
  /// `\xHH` a byte-sized code point and `\uHHHH` a code point.
  static func decode(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    func hex(_ count: Int) -> Unicode.Scalar? {
      let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
      guard digits.unicodeScalars.count == count, let value = UInt32(digits, radix: 16) else { return nil }
      scalars = scalars.dropFirst(count)
      return Unicode.Scalar(value)
    }
    let simple: [Unicode.Scalar: Unicode.Scalar] = ["e": "\u{1B}", "a": "\u{07}", "b": "\u{08}", "t": "\t", "r": "\r", "n": "\n"]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let kind = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch kind {
      case "x": hex(2).map { out.append($0) }
      case "u": hex(4).map { out.append($0) }
      default: out.append(simple[kind] ?? kind)
      }
    }
    return String(out)
  }
}
