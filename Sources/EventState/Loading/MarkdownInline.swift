/// Turns inline Markdown into plain text: links and images become their text, emphasis markers
/// (`*`, `**`, `_`, `__`) and backticks are dropped, backslash escapes are resolved.
///
/// Follows CommonMark just far enough for tips: a run of `*` or `_` with white space on both sides is
/// literal ("2 * 3"), and `_` inside a word is literal (`show_card`). Runs in linear time whatever the
/// input (a line of ten thousand `[` must not stall loading).
enum MarkdownInline {
  /// `text` without inline Markdown.
  static func plain(_ text: String) -> String {
    let chars = Array(text)
    let nextBracket = nextIndices(of: "]", in: chars)
    let nextParenthesis = nextIndices(of: ")", in: chars)
    var out = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "\\", index + 1 < chars.count, chars[index + 1].isPunctuation || chars[index + 1].isSymbol {
        out.append(chars[index + 1])
        index += 2
      } else if char == "`" {
        index += 1
      } else if let link = link(in: chars, at: index, nextBracket: nextBracket, nextParenthesis: nextParenthesis) {
        out += plain(link.text)
        index = link.end
      } else if char == "*" || char == "_" {
        var end = index
        while end < chars.count && chars[end] == char { end += 1 }
        let before = index > 0 ? chars[index - 1] : nil
        let after = end < chars.count ? chars[end] : nil
        let spaced = (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
        let inWord = char == "_" && (before.map(isWordCharacter) ?? false) && (after.map(isWordCharacter) ?? false)
        if spaced || inWord { out += String(chars[index..<end]) }
        index = end
      } else {
        out.append(char)
        index += 1
      }
    }
    return out
  }

  /// `[text](url)` or `![text](url)` starting at `start`: the text and the index after the link.
  private static func link(
    in chars: [Character], at start: Int, nextBracket: [Int?], nextParenthesis: [Int?]
  ) -> (text: String, end: Int)? {
    let open = chars[start] == "!" ? start + 1 : start
    guard open < chars.count, chars[open] == "[", let close = nextBracket[open + 1], close + 1 < chars.count,
      chars[close + 1] == "(", let end = nextParenthesis[close + 2]
    else { return nil }
    return (String(chars[(open + 1)..<close]), end + 1)
  }

  /// For every position (and the end), the index of the first `target` at or after it.
  private static func nextIndices(of target: Character, in chars: [Character]) -> [Int?] {
    var result = [Int?](repeating: nil, count: chars.count + 1)
    for index in chars.indices.reversed() { result[index] = chars[index] == target ? index : result[index + 1] }
    return result
  }

  private static func isWordCharacter(_ char: Character) -> Bool { char.isLetter || char.isNumber }
}
