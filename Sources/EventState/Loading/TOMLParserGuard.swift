/// Finds the spots in TOML text that TOMLKit 0.6.0 must not see.
///
/// Its toml++ parser asserts (aborting the process in debug builds, undefined behaviour in release
/// builds) instead of reporting a syntax error in two cases, found by fuzzing:
/// - a table header whose name starts with anything but a bare-key character or a quote (`[.]`, `[[[`,
///   `[,`, `[` followed by a line break);
/// - a `}` where an element of an array should start (`x = [}`, `x = [1, }`).
///
/// This scans the text the way TOML does — strings, comments, brackets — so that only those spots are
/// reported, on the first line where one occurs.
public enum TOMLParserGuard {
  /// The first spot that would crash the parser: its line and a message for the organizer.
  public static func firstUnsafeSpot(in text: String) -> (line: Int, message: String)? {
    let chars = Array(text.unicodeScalars)
    var index = 0
    var line = 1
    var open: [Unicode.Scalar] = []
    var atLineStart = true
    var expectingElement = false

    /// Moves past the end of a string whose opening quotes end just before `index`.
    func skipString(closing: [Unicode.Scalar], escapes: Bool, multiLine: Bool) {
      while index < chars.count {
        let char = chars[index]
        if escapes && char == "\\" {
          if index + 1 < chars.count, chars[index + 1] == "\n" { line += 1 }
          index += 2
          continue
        }
        if char == "\n" {
          if !multiLine { return }
          line += 1
        }
        if chars[index..<min(chars.count, index + closing.count)].elementsEqual(closing) {
          index += closing.count
          return
        }
        index += 1
      }
    }

    while index < chars.count {
      let char = chars[index]
      if atLineStart && char != " " && char != "\t" {
        atLineStart = false
        if open.isEmpty && char == "[" && !isSafeHeader(chars, from: index) {
          return (line, "syntax error: a table header needs a name, like [privacy] or [[topics]]")
        }
      }
      if expectingElement && char == "}" {
        return (line, "syntax error: a list cannot hold a bare '}'")
      }
      if !(char == " " || char == "\t" || char == "\n" || char == "\r" || char == "#") { expectingElement = false }
      switch char {
      case "\n":
        line += 1
        atLineStart = true
        index += 1
      case "#":
        while index < chars.count && chars[index] != "\n" { index += 1 }
      case "\"", "'":
        let triple = index + 2 < chars.count && chars[index + 1] == char && chars[index + 2] == char
        index += triple ? 3 : 1
        skipString(closing: triple ? [char, char, char] : [char], escapes: char == "\"", multiLine: triple)
      case "[", "{":
        open.append(char)
        expectingElement = char == "["
        index += 1
      case "]", "}":
        if !open.isEmpty { open.removeLast() }
        index += 1
      case ",":
        expectingElement = open.last == "["
        index += 1
      default:
        index += 1
      }
    }
    return nil
  }

  /// Whether the header at `start` begins with a name (or is empty or otherwise malformed in a way the
  /// parser reports itself).
  private static func isSafeHeader(_ chars: [Unicode.Scalar], from start: Int) -> Bool {
    var index = start + 1
    var spaced = false
    while index < chars.count, chars[index] == " " || chars[index] == "\t" {
      index += 1
      spaced = true
    }
    if index < chars.count, chars[index] == "[" {
      if spaced { return true }  // "[ [": reported by the parser as non-contiguous brackets
      index += 1
      while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 }
    }
    guard index < chars.count else { return true }
    let first = chars[index]
    return ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
      || first == "_" || first == "-" || first == "\"" || first == "'" || first == "]"
  }
}
