extension Array where Element == Problem {
  /// The problems of one file in the order of its lines: those without a line (about the whole file)
  /// first, equal lines in the order they were found.
  func sortedByLine() -> [Problem] {
    enumerated().sorted { a, b in
      let lineA = a.element.line ?? 0
      let lineB = b.element.line ?? 0
      return lineA != lineB ? lineA < lineB : a.offset < b.offset
    }.map(\.element)
  }
}
