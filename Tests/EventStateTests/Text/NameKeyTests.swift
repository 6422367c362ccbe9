import Testing

@testable import EventState

@Suite struct NameKeyTests {
  static let texts = [
    "", " ", "Ada Quill", "  Ada   QUILL  ", "ada.quill@example.org", "O'Brien-Smith", "~!@#$%^&*()_+{}|:\"<>?",
    "Zoë Ångström", "Ｆｕｌｌ Ｗｉｄｔｈ", "Straße", "İstanbul", "e\u{301}", "Ada\tQuill", "Ada\u{7F}",
  ]

  /// Printable ASCII skips Foundation; what it gives must be what Foundation gives.
  @Test(arguments: texts)
  func foldingIsFoundationsWhateverThePath(text: String) {
    #expect(NameKey.fold(text) == NameKey.foldedByFoundation(text))
  }

  @Test func everyPrintableASCIICharacterFoldsAsFoundationFoldsIt() {
    for byte in UInt8(0x20)...0x7E {
      let text = "A" + String(UnicodeScalar(byte)) + "z"
      #expect(NameKey.fold(text) == NameKey.foldedByFoundation(text), "\(text)")
    }
  }

  @Test func foldedNamesMatchWithoutCaseAccentsOrExtraSpaces() {
    #expect(NameKey.fold("  Zoë   ÅNGSTRÖM ") == "zoe angstrom")
    #expect(NameKey.matches("quill", in: ["Ada Quill"]))
    #expect(!NameKey.matches("", in: ["Ada Quill"]))
  }
}
