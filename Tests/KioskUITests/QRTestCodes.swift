import EventState
import Foundation
import KioskUI

/// Stand-in QR codes for view tests, so KioskUI's tests need no encoder: a full vCard (one with a NOTE
/// or CATEGORIES) gets a 57-module code, the essentials a 41-module one, like real codes of those
/// lengths would. The modules alternate so that every half-block glyph appears.
enum QRTestCodes {
  static func matrix(for text: String) -> QRMatrix {
    let size = text.contains("\r\nNOTE:") || text.contains("\r\nCATEGORIES:") ? 57 : 41
    return QRMatrix(size: size, modules: (0..<(size * size)).map { ($0 / size + $0 % size / 2) % 3 == 0 })!
  }

  static let provider: QRCodeProvider = { matrix(for: $0) }

  /// A provider that counts how many codes it was asked for.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = 0

    var count: Int {
      lock.lock()
      defer { lock.unlock() }
      return asked
    }

    var provider: QRCodeProvider {
      { [self] text in
        lock.lock()
        asked += 1
        lock.unlock()
        return QRTestCodes.matrix(for: text)
      }
    }
  }
}

extension CellBuffer {
  /// The smallest rectangle holding every cell in the `qrCode` role; nil when there is none.
  var qrCodeBounds: Rect? {
    let cells = (0..<height).flatMap { y in (0..<width).filter { self[$0, y].role == .qrCode }.map { (x: $0, y: y) } }
    guard let minX = cells.map(\.x).min(), let maxX = cells.map(\.x).max(), let minY = cells.map(\.y).min(), let maxY = cells.map(\.y).max() else {
      return nil
    }
    return Rect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
  }

  /// Whether every cell of `rect` is in the `qrCode` role: a code drawn whole, quiet zone included.
  func isAllQRCode(_ rect: Rect) -> Bool {
    (rect.y..<rect.maxY).allSatisfy { y in (rect.x..<rect.maxX).allSatisfy { self[$0, y].role == .qrCode } }
  }
}
