import Testing

@testable import EventState

@Suite struct PINHashTests {
  @Test func verifiesTheRightPINOnly() {
    let hash = PINHash.make(pin: "2468", iterations: 1000)
    #expect(hash.verify("2468"))
    #expect(!hash.verify("2469"))
    #expect(!hash.verify(""))
    #expect(!hash.verify("24680"))
  }

  @Test func newHashesGetRandomSixteenByteSalts() {
    let a = PINHash.make(pin: "2468", iterations: 10)
    let b = PINHash.make(pin: "2468", iterations: 10)
    #expect(a.salt.count == 16)
    #expect(a.salt != b.salt)
    #expect(a.hash != b.hash)
  }

  @Test func defaultRoundCount() {
    #expect(PINHash.make(pin: "1234", salt: [1, 2, 3]).iterations == PINHash.defaultIterations)
  }

  @Test func encodedFormRoundTrips() throws {
    let hash = PINHash.make(pin: "13579", salt: [0x00, 0xab, 0xff], iterations: 7)
    #expect(hash.encoded == "pbkdf2-sha256$7$00abff$" + Hex.encode(hash.hash))
    let parsed = try #require(PINHash(encoded: hash.encoded))
    #expect(parsed == hash)
    #expect(parsed.verify("13579"))
  }

  @Test func hashIsPBKDF2OfThePIN() {
    let hash = PINHash.make(pin: "password", salt: Array("salt".utf8), iterations: 2)
    #expect(Hex.encode(hash.hash) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
  }

  @Test(arguments: [
    "", "1234", "pbkdf2-sha1$10$00$00", "pbkdf2-sha256$0$00$00", "pbkdf2-sha256$-5$00$00",
    "pbkdf2-sha256$10$$00", "pbkdf2-sha256$10$00$", "pbkdf2-sha256$10$0g$00", "pbkdf2-sha256$10$000$00",
    "pbkdf2-sha256$99999999999$00$00", "pbkdf2-sha256$10$00$00$00", "pbkdf2-sha256$+10$00$00",
  ])
  func rejectsMalformedEncodings(text: String) {
    #expect(PINHash(encoded: text) == nil)
  }

  @Test func acceptsUpperCaseHex() throws {
    let parsed = try #require(PINHash(encoded: "pbkdf2-sha256$3$ABCD$00FF"))
    #expect(parsed.salt == [0xab, 0xcd])
    #expect(parsed.hash == [0x00, 0xff])
  }

  @Test(arguments: ["1234", "12345678", "0000"])
  func validPINs(pin: String) {
    #expect(PINHash.validate(pin: pin) == nil)
  }

  @Test(arguments: ["", "123", "123456789", "12a4", "１２３４", "12 34", "-1234"])
  func invalidPINs(pin: String) {
    #expect(PINHash.validate(pin: pin) != nil)
  }

  @Test func hexRoundTrip() {
    #expect(Hex.encode([0x00, 0x0a, 0xff]) == "000aff")
    #expect(Hex.decode("000aFF") == [0x00, 0x0a, 0xff])
    #expect(Hex.decode("abc") == nil)
  }
}
