import CNcursesw

/// Prepares a grapheme for `setcchar`: a NUL-terminated wide string of at most `CCHARW_MAX` characters
/// (one spacing character and the combining marks that fit).
enum CellWriter {
  /// Fills `buffer` (at least 6 entries) with the grapheme's scalars and a terminating NUL.
  static func fill(_ buffer: inout [wchar_t], with grapheme: String) {
    let limit = Int(CCHARW_MAX)
    var count = 0
    for scalar in grapheme.unicodeScalars {
      guard count < limit else { break }
      buffer[count] = wchar_t(bitPattern: scalar.value)
      count += 1
    }
    if count == 0 {
      buffer[0] = 0x20
      count = 1
    }
    buffer[count] = 0
  }
}
