/// Puts text from attendees and organizers into Markdown as plain text.
///
/// Every character that could start markup inside a line is escaped with a backslash (CommonMark
/// allows a backslash before any ASCII punctuation): emphasis, code, links and images, HTML tags, table
/// cells (`|`), strikethrough, a heading's closing `#`s, and `&` where it could start an entity. So a
/// name like `<img src=x>` or `[click](http://…)` shows as written and never becomes markup.
enum MarkdownText {
  /// `text` escaped for use inside a line (a list item, a table cell, a heading).
  static func escaped(_ text: String) -> String {
    var out = ""
    var scalars = text.unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      if special.contains(scalar) {
        out += "\\"
      } else if scalar == "&", let following = next, following == "#" || following.properties.isAlphabetic
        || ("0"..."9").contains(following)
      {
        out += "\\"
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// Characters that are escaped wherever they are.
  private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#"]
}
