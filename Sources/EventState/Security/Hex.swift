/// Lower-case hexadecimal text for byte strings (salts and hashes in event.toml).
enum Hex {
  /// "0aff" for [0x0a, 0xff].
  static func encode(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".unicodeScalars)
    var out = String.UnicodeScalarView()
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(out)
  }

  /// The bytes of an even-length hex string (either case); nil for anything else.
  static func decode(_ text: String) -> [UInt8]? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count / 2)
    var index = 0
    while index < scalars.count {
      guard let high = nibble(scalars[index]), let low = nibble(scalars[index + 1]) else { return nil }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  private static func nibble(_ s: Unicode.Scalar) -> UInt8? {
    switch s.value {
    case 0x30...0x39: UInt8(s.value - 0x30)
    case 0x61...0x66: UInt8(s.value - 0x61 + 10)
    case 0x41...0x46: UInt8(s.value - 0x41 + 10)
    default: nil
    }
  }
}
