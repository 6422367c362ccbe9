import Foundation
import KioskUI

/// Remembers the codes of the texts it has encoded, so a kiosk that redraws every second encodes each
/// vCard once. Safe to use from any thread; it forgets everything when it holds `capacity` texts, which
/// keeps memory bounded while the texts on screen change.
public final class QRCodeCache: @unchecked Sendable {
  /// How many texts are kept before the cache starts over.
  public let capacity: Int
  private let encode: QRCodeProvider
  private let lock = NSLock()
  private var codes: [String: QRMatrix?] = [:]

  /// An empty cache that keeps up to `capacity` texts and makes codes with `encode`.
  public init(capacity: Int = 256, encode: @escaping QRCodeProvider = { QREncoder.matrix(for: $0) }) {
    self.capacity = max(1, capacity)
    self.encode = encode
  }

  /// The cache the kiosk draws its codes from.
  public static let shared = QRCodeCache()

  /// The code of `text`, encoded on first use (a text that cannot be encoded is remembered as such).
  public func matrix(for text: String) -> QRMatrix? {
    lock.lock()
    defer { lock.unlock() }
    if let known = codes[text] { return known }
    let code = encode(text)
    if codes.count >= capacity { codes.removeAll(keepingCapacity: true) }
    codes[text] = code
    return code
  }

  /// This cache as the provider views draw their codes with.
  public var provider: QRCodeProvider { { [self] text in matrix(for: text) } }
}
