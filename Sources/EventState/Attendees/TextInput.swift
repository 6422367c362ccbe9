/// A line of text being typed at the kiosk, with a limit in characters.
///
/// Typed characters are sanitized as they enter: control, bidi and zero-width characters never get
/// in. At the limit further characters are refused (`isFull`, so the view can show the counter).
public struct TextInput: Sendable, Hashable {
  public private(set) var text: String
  /// Most characters (graphemes) the field takes.
  public let limit: Int

  public init(_ text: String = "", limit: Int) {
    self.limit = limit
    self.text = String(Sanitizer.line(text).prefix(limit))
  }

  /// Whether the limit is reached.
  public var isFull: Bool { text.count >= limit }

  /// The text without surrounding spaces.
  public var trimmed: String { Sanitizer.line(text) }

  /// Applies a key: printable characters are appended (when allowed and under the limit), Backspace
  /// removes the last character. Returns whether the key was an editing key.
  public mutating func apply(_ key: KeyPress) -> Bool {
    switch key {
    case .character(let character):
      append(character)
      return true
    case .backspace, .delete:
      if !text.isEmpty { text.removeLast() }
      return true
    default:
      return false
    }
  }

  /// Appends `character` if it is allowed and there is room.
  mutating func append(_ character: Character) {
    guard !isFull else { return }
    if character == " " {
      if !text.isEmpty, text.last != " " { text.append(" ") }
      return
    }
    let clean = Sanitizer.line(String(character))
    guard !clean.isEmpty else { return }
    if Sanitizer.isCombining(clean.unicodeScalars.first!), !text.isEmpty {
      let merged = Sanitizer.line(text + clean)
      if merged.count == text.count { text = merged }
      return
    }
    text += clean
  }
}
