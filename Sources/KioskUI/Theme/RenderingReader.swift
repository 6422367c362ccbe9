import EventState
import TOMLKit

/// Reads the three renderings of a theme role (`rich`, `basic`, `mono`) from TOML values.
enum RenderingReader {
  /// What is wrong with a rendering, in words for the organizer.
  struct Mistake: Error {
    let message: String
  }

  /// `{ fg = "#rrggbb", bg = "#rrggbb", attrs = [...] }`.
  static func rich(_ value: TOMLValueConvertible) throws(Mistake) -> (fg: Theme.RGB?, bg: Theme.RGB?, attributes: TextAttributes) {
    let table = try colourTable(value, example: ##"{ fg = "#f5f5f5", bg = "#1f3a5f" }"##)
    return (try colour(table["fg"], name: "fg", read: rgb), try colour(table["bg"], name: "bg", read: rgb), try attributes(table["attrs"], what: "attrs"))
  }

  /// `{ fg = "<colour>", bg = "<colour>", attrs = [...] }` with the 8 basic colour names.
  static func basic(_ value: TOMLValueConvertible) throws(Mistake) -> (fg: Int?, bg: Int?, attributes: TextAttributes) {
    let table = try colourTable(value, example: #"{ fg = "white", bg = "blue" }"#)
    return (try colour(table["fg"], name: "fg", read: basicIndex), try colour(table["bg"], name: "bg", read: basicIndex), try attributes(table["attrs"], what: "attrs"))
  }

  /// A list of attribute names; a missing list is no attributes.
  static func attributes(_ value: TOMLValueConvertible?, what: String) throws(Mistake) -> TextAttributes {
    guard let value else { return [] }
    guard let array = value.array else { throw Mistake(message: "\(what) must be a list like [\"bold\"]") }
    var result: TextAttributes = []
    for item in array {
      guard let name = item.string, let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1 else {
        let shown = item.string.map { "\"\(Sanitizer.line($0))\"" } ?? "a \(item.type)"
        throw Mistake(message: "unknown attribute \(shown) (use \(TextAttributes.names.map(\.0).joined(separator: ", ")))")
      }
      result.insert(attribute)
    }
    return result
  }

  /// The table of a rich or basic rendering, with no keys but fg, bg and attrs.
  static func colourTable(_ value: TOMLValueConvertible, example: String) throws(Mistake) -> TOMLTable {
    guard let table = value.table else { throw Mistake(message: "must be a table like \(example)") }
    if let stray = table.keys.first(where: { !["fg", "bg", "attrs"].contains($0) }) {
      throw Mistake(message: "unknown key \"\(Sanitizer.line(stray))\" (use fg, bg, attrs)")
    }
    return table
  }

  /// A colour read by `read`; nil for a missing value or "default".
  static func colour<C>(_ value: TOMLValueConvertible?, name: String, read: (String) -> C?) throws(Mistake) -> C? {
    guard let value else { return nil }
    guard let text = value.string else { throw Mistake(message: "\(name) must be a string") }
    if text == "default" { return nil }
    guard let colour = read(text) else { throw Mistake(message: "\(name) \"\(Sanitizer.line(text))\" is not a colour") }
    return colour
  }

  /// `#rrggbb` or `#rgb`.
  static func rgb(_ text: String) -> Theme.RGB? {
    guard text.first == "#" else { return nil }
    var digits = String(text.dropFirst())
    if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
    guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
    return Theme.RGB(r: UInt8(value >> 16), g: UInt8((value >> 8) & 0xFF), b: UInt8(value & 0xFF))
  }

  /// The index of a basic colour name (0 black … 7 white).
  static func basicIndex(_ text: String) -> Int? { TerminalColor.basicNames.firstIndex(of: text.lowercased()) }
}
