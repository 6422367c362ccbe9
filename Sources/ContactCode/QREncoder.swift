import CQRencode
import KioskUI

/// Encodes bytes into a QR code with libqrencode: 8-bit byte mode, error correction level M (about 15 %
/// of the code may be covered or smudged), the smallest version that holds the data.
public enum QREncoder {
  /// The code of `bytes` as they are, or nil when they are empty or too many for the largest QR code
  /// (about 2.3 kB at level M).
  public static func matrix(for bytes: [UInt8]) -> QRMatrix? { matrix(for: bytes, markedUTF8: false) }

  /// The code of `text` as UTF-8 bytes. Text beyond ASCII is marked as UTF-8 (ECI 26): without the mark
  /// a reader guesses the character set and may read "Zoë" as "Zo禱". ASCII needs no mark, so its codes
  /// stay as small as they can be.
  public static func matrix(for text: String) -> QRMatrix? {
    let bytes = Array(text.utf8)
    return matrix(for: bytes, markedUTF8: bytes.contains { $0 >= 0x80 })
  }

  /// The code of `bytes`, after an ECI header naming UTF-8 when `markedUTF8`.
  private static func matrix(for bytes: [UInt8], markedUTF8: Bool) -> QRMatrix? {
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max), let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
    defer { QRinput_free(input) }
    if markedUTF8, QRinput_appendECIheader(input, utf8Designator) != 0 { return nil }
    guard bytes.withUnsafeBufferPointer({ QRinput_append(input, QR_MODE_8, Int32($0.count), $0.baseAddress) }) == 0,
      let code = QRcode_encodeInput(input)
    else { return nil }
    defer { QRcode_free(code) }
    let size = Int(code.pointee.width)
    guard size > 0, let data = code.pointee.data else { return nil }
    // The lowest bit of each byte is the module's colour (1 = dark); the others describe its role.
    let modules = (0..<(size * size)).map { data[$0] & 1 == 1 }
    return QRMatrix(size: size, modules: modules)
  }

  /// The Extended Channel Interpretation number of UTF-8.
  private static let utf8Designator: UInt32 = 26
}
