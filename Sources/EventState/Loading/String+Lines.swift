extension String {
  /// The text of the first `count` lines, with their line breaks (lines end at LF, so CRLF counts once).
  func prefix(lines count: Int) -> String {
    var seen = 0
    let scalars = unicodeScalars
    for index in scalars.indices where scalars[index] == "\n" {
      seen += 1
      if seen == count { return String(scalars[...index]) }
    }
    return count <= 0 ? "" : self
  }

  /// The 1-based line of the first occurrence of `scalar`, or nil when it does not occur.
  func line(ofFirst scalar: Unicode.Scalar) -> Int? {
    guard let index = unicodeScalars.firstIndex(of: scalar) else { return nil }
    return unicodeScalars[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }
}
