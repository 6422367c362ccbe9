/// The characters used for borders and markers: Unicode when the terminal can show it, ASCII when
/// the locale is not UTF-8.
public struct GlyphSet: Sendable, Hashable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var ellipsis: String
  /// Separates title and company, and footer items.
  public var separator: String
  /// Marks the current page / screen in an indicator.
  public var dotOn: String
  public var dotOff: String
  /// Full block and half blocks for big text.
  public var fullBlock: String
  public var upperHalf: String
  public var lowerHalf: String

  /// Box-drawing characters with rounded corners.
  public static let unicode = GlyphSet(
    horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
    ellipsis: "…", separator: "·", dotOn: "●", dotOff: "○", fullBlock: "█", upperHalf: "▀", lowerHalf: "▄")

  /// Plain ASCII for terminals and locales without UTF-8.
  public static let ascii = GlyphSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    ellipsis: "~", separator: "-", dotOn: "*", dotOff: ".", fullBlock: "#", upperHalf: "\"", lowerHalf: ",")
}
