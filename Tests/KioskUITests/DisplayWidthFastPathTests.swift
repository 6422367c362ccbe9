import Testing

@testable import KioskUI

@Suite struct DisplayWidthFastPathTests {
  /// Printable ASCII is counted by its bytes; the count must be what measuring each character gives.
  @Test(arguments: [
    "", " ", "Ada Quill", "~!@#$%^&*()_+{}|:\"<>?", "a\tb", "a\r\nb", "\u{7F}", "\u{1B}[31m", "Zoë", "中文", "😀", "e\u{301}",
  ])
  func theWidthIsTheSameWhateverThePath(text: String) {
    #expect(DisplayWidth.of(text) == DisplayWidth.ofEachCharacter(text))
  }

  @Test func everyPrintableASCIICharacterIsOneColumn() {
    let all = String((UInt8(0x20)...0x7E).map { Character(UnicodeScalar($0)) })
    #expect(DisplayWidth.of(all) == 95)
    #expect(DisplayWidth.ofEachCharacter(all) == 95)
  }
}
