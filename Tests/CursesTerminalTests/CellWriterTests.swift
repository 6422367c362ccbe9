import CNcursesw
import Testing

@testable import CursesTerminal

@Suite struct CellWriterTests {
  func written(_ grapheme: String) -> [wchar_t] {
    var buffer = [wchar_t](repeating: -1, count: 8)
    CellWriter.fill(&buffer, with: grapheme)
    return Array(buffer.prefix { $0 != 0 })
  }

  @Test func writesTheGraphemesScalarsNulTerminated() {
    #expect(written("A") == [0x41])
    #expect(written("e\u{0301}") == [0x65, 0x301])
    #expect(written("陈") == [0x9648])
  }

  @Test func keepsAtMostWhatACellHolds() {
    let flood = "e" + String(repeating: "\u{0301}", count: 20)
    #expect(written(flood).count == Int(CCHARW_MAX))
  }

  @Test func anEmptyGraphemeBecomesASpace() {
    #expect(written("") == [0x20])
  }
}
