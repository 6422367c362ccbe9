import ContactCode
import Foundation
import KioskUI
import Testing

/// Encodings are remembered by text, so redrawing a screen does not encode again.
@Suite struct QRCodeCacheTests {
  /// Counts the texts it is asked to encode.
  final class CountingEncoder: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []

    var encoded: [String] {
      lock.lock()
      defer { lock.unlock() }
      return texts
    }

    func encode(_ text: String) -> QRMatrix? {
      lock.lock()
      texts.append(text)
      lock.unlock()
      return QREncoder.matrix(for: text)
    }
  }

  @Test func eachTextIsEncodedOnce() {
    let counter = CountingEncoder()
    let cache = QRCodeCache(encode: counter.encode)
    let first = cache.matrix(for: "BEGIN:VCARD")
    for _ in 0..<5 { #expect(cache.provider("BEGIN:VCARD") == first) }
    #expect(first == QREncoder.matrix(for: "BEGIN:VCARD"))
    #expect(counter.encoded == ["BEGIN:VCARD"])
  }

  @Test func aTextThatCannotBeEncodedIsRememberedToo() {
    let counter = CountingEncoder()
    let cache = QRCodeCache(encode: counter.encode)
    #expect(cache.matrix(for: "") == nil)
    #expect(cache.matrix(for: "") == nil)
    #expect(counter.encoded == [""])
  }

  @Test func aFullCacheStartsOver() {
    let counter = CountingEncoder()
    let cache = QRCodeCache(capacity: 2, encode: counter.encode)
    for text in ["a", "b", "a", "c", "a"] { _ = cache.matrix(for: text) }
    #expect(counter.encoded == ["a", "b", "c", "a"], "c found the cache full, so a is encoded again")
  }

  @Test func theSharedCacheEncodesWithLibqrencode() {
    #expect(QRCodeCache.shared.matrix(for: "mingle") == QREncoder.matrix(for: "mingle"))
  }
}
