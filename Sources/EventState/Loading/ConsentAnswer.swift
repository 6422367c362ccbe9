/// Reads a yes/no answer from a roster cell (consent, check-in).
enum ConsentAnswer {
  /// Answers read as yes, in several languages and checkbox styles.
  static let yes: Set<String> = ["yes", "y", "true", "1", "x", "ja", "j", "oui", "sí", "si", "checked", "✓", "✔"]
  /// Answers read as no; an empty cell is a no too.
  static let no: Set<String> = ["no", "n", "false", "0", "nein", "non", "unchecked", ""]

  /// True for a yes, false for a no, nil for anything else (which callers treat as no and report).
  static func parse(_ text: String) -> Bool? {
    let answer = Sanitizer.line(text).lowercased()
    if yes.contains(answer) { return true }
    if no.contains(answer) { return false }
    return nil
  }
}
