import Foundation

/// Text folded for comparing and searching: no case, no accents, single spaces.
public enum NameKey {
  /// `text` folded.
  public static func fold(_ text: String) -> String {
    // Printable ASCII (most names) has nothing to fold but its case: no trip through Foundation.
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) {
      return text.lowercased().split(separator: " ").joined(separator: " ")
    }
    return foldedByFoundation(text)
  }

  /// `text` folded by Foundation (case, diacritics, width), its spaces collapsed.
  static func foldedByFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .split(whereSeparator: { $0 == " " }).joined(separator: " ")
  }

  /// Whether `query` occurs in any of `fields` (folded).
  public static func matches(_ query: String, in fields: [String]) -> Bool {
    let q = fold(query)
    guard !q.isEmpty else { return false }
    return fields.contains { fold($0).contains(q) }
  }
}
