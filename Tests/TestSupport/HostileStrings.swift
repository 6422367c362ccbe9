import Foundation

/// The hostile strings every input path is tested with (a copy of the shared fixture
/// `hostile-strings.txt`, kept beside this file): escape sequences, C0/C1 controls, bidi overrides,
/// zero-width characters and floods of combining marks.
public enum HostileStrings {
  /// Every string, decoded into the raw characters.
  public static let all: [String] = {
    guard let url = Bundle.module.url(forResource: "hostile-strings", withExtension: "txt"),
      let data = try? Data(contentsOf: url)
    else { fatalError("hostile-strings.txt is missing from the TestSupport bundle") }
    return String(decoding: data, as: UTF8.self).split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { decode(String($0)) }
  }()

  /// Decodes the file's written escapes: `\e` ESC, `\a` BEL, `\b`, `\t`, `\r`, `\n`, `\\`, `\xHH` a
  /// byte-sized code point and `\uHHHH` a code point.
  public static func decode(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    func hex(_ count: Int) -> Unicode.Scalar? {
      let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
      guard digits.unicodeScalars.count == count, let value = UInt32(digits, radix: 16) else { return nil }
      scalars = scalars.dropFirst(count)
      return Unicode.Scalar(value)
    }
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let kind = scalars.popFirst() else {
        out.append(scalar)
        continue
      }
      switch kind {
      case "e": out.append("\u{1B}")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "n": out.append("\n")
      case "x": hex(2).map { out.append($0) }
      case "u": hex(4).map { out.append($0) }
      default: out.append(kind)
      }
    }
    return String(out)
  }
}
