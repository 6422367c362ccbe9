import CQRencode
import KioskUI

/// Encodes bytes into a QR code with libqrencode: 8-bit byte mode, error correction level M (about 15 %
/// of the code may be covered or smudged), the smallest version that holds the data.
public enum QREncoder {
  /// The code of `bytes`, or nil when they are empty or too many for the largest QR code (about 2.3 kB
  /// at level M).
  public static func matrix(for bytes: [UInt8]) -> QRMatrix? {
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    guard let code = bytes.withUnsafeBufferPointer({ QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, QR_ECLEVEL_M) }) else {
      return nil
    }
    defer { QRcode_free(code) }
    let size = Int(code.pointee.width)
    guard size > 0, let data = code.pointee.data else { return nil }
    // The lowest bit of each byte is the module's colour (1 = dark); the others describe its role.
    let modules = (0..<(size * size)).map { data[$0] & 1 == 1 }
    return QRMatrix(size: size, modules: modules)
  }

  /// The code of `text` as UTF-8 bytes.
  public static func matrix(for text: String) -> QRMatrix? { matrix(for: Array(text.utf8)) }
}
