/// Decodes the bytes of one typed character. The kiosk reads bytes itself (`wgetch`) instead of
/// letting `wget_wch` decode them: on invalid UTF-8, `wget_wch` also threw away the keys that came
/// right after it in the same burst, so one bad byte from a strange terminal ate the next keys.
/// Here an invalid byte is dropped alone and the bytes after it are read as keys again.
enum UTF8KeyDecoder {
  /// How many bytes a character starting with `lead` has (2–4), or nil when `lead` cannot start a
  /// multi-byte character (a continuation byte, an overlong lead, or a byte never used in UTF-8).
  static func length(lead: UInt8) -> Int? {
    switch lead {
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: nil
    }
  }

  /// Whether `byte` continues a multi-byte character.
  static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// The scalar of a complete character's `bytes`, or nil when they are not valid UTF-8 (overlong
  /// forms, surrogates, beyond U+10FFFF).
  static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
    guard let text = String(validating: bytes, as: UTF8.self), text.unicodeScalars.count == 1 else { return nil }
    return text.unicodeScalars.first
  }
}
