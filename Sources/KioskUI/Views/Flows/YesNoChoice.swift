/// A yes/no answer as "[ No ]    Yes ": the current answer in brackets and highlighted.
enum YesNoChoice {
  /// The choice with `answer` current.
  static func spans(_ answer: Bool) -> [Span] {
    [option("No", chosen: !answer), Span("  ", .text), option("Yes", chosen: answer)]
  }

  /// One option: bracketed and highlighted when chosen, padded to the same width when not.
  static func option(_ label: String, chosen: Bool) -> Span {
    chosen ? Span("[ \(label) ]", .screenActive) : Span("  \(label)  ", .text)
  }
}
