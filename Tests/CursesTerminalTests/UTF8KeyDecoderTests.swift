import Testing

@testable import CursesTerminal

@Suite struct UTF8KeyDecoderTests {
  @Test func leadBytesTellTheLength() {
    #expect(UTF8KeyDecoder.length(lead: 0xC3) == 2)
    #expect(UTF8KeyDecoder.length(lead: 0xE2) == 3)
    #expect(UTF8KeyDecoder.length(lead: 0xF0) == 4)
    for invalid: UInt8 in [0x80, 0x9B, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF] {
      #expect(UTF8KeyDecoder.length(lead: invalid) == nil, "\(invalid)")
    }
  }

  @Test func completeCharactersDecode() {
    #expect(UTF8KeyDecoder.scalar([0xC3, 0xA9]) == "é")
    #expect(UTF8KeyDecoder.scalar([0xE9, 0x99, 0x88]) == "陈")
    #expect(UTF8KeyDecoder.scalar([0xF0, 0x9F, 0x98, 0x80]) == "😀")
  }

  @Test func invalidFormsAreRefused() {
    #expect(UTF8KeyDecoder.scalar([0xE0, 0x80, 0x9B]) == nil, "overlong")
    #expect(UTF8KeyDecoder.scalar([0xED, 0xA0, 0x80]) == nil, "surrogate")
    #expect(UTF8KeyDecoder.scalar([0xF4, 0x90, 0x80, 0x80]) == nil, "beyond U+10FFFF")
    #expect(!UTF8KeyDecoder.isContinuation(0x28) && UTF8KeyDecoder.isContinuation(0x9B))
  }
}
