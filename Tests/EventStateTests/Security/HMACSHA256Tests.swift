import Testing

@testable import EventState

/// RFC 4231 test cases 1, 2, 3 and 6.
@Suite struct HMACSHA256Tests {
  @Test func shortKey() {
    let mac = HMACSHA256.authenticate(Array("Hi There".utf8), key: [UInt8](repeating: 0x0b, count: 20))
    #expect(Hex.encode(mac) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  }

  @Test func keyShorterThanMAC() {
    let mac = HMACSHA256.authenticate(Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8))
    #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func repeatedBytes() {
    let mac = HMACSHA256.authenticate([UInt8](repeating: 0xdd, count: 50), key: [UInt8](repeating: 0xaa, count: 20))
    #expect(Hex.encode(mac) == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
  }

  @Test func keyLongerThanBlockIsHashedFirst() {
    let mac = HMACSHA256.authenticate(
      Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8), key: [UInt8](repeating: 0xaa, count: 131))
    #expect(Hex.encode(mac) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  @Test func oneKeyServesManyMessages() {
    let mac = HMACSHA256(key: Array("Jefe".utf8))
    _ = mac.authenticate(Array("something else first".utf8))
    #expect(
      Hex.encode(mac.authenticate(Array("what do ya want for nothing?".utf8)))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }
}
