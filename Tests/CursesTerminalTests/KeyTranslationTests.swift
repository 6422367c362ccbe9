import CNcursesw
import EventState
import Testing

@testable import CursesTerminal

@Suite struct KeyTranslationTests {
  @Test func controlCharactersBecomeControlKeysNotSignals() {
    #expect(KeyTranslation.character(0x03) == .control("c"))
    #expect(KeyTranslation.character(0x1A) == .control("z"))
    #expect(KeyTranslation.character(0x13) == .control("s"))
    #expect(KeyTranslation.character(0x11) == .control("q"))
    #expect(KeyTranslation.character(0x1C) == .unknown(0x1C))
  }

  @Test func enterEscapeTabAndBackspace() {
    #expect(KeyTranslation.character(0x0D) == .enter)
    #expect(KeyTranslation.character(0x0A) == .enter)
    #expect(KeyTranslation.character(0x1B) == .escape)
    #expect(KeyTranslation.character(0x09) == .tab)
    #expect(KeyTranslation.character(0x7F) == .backspace)
    #expect(KeyTranslation.character(0x08) == .backspace)
  }

  @Test func printableCharactersOfAnyScriptPassThrough() {
    #expect(KeyTranslation.character(0x61) == .character("a"))
    #expect(KeyTranslation.character(0x9648) == .character("陈"))
    #expect(KeyTranslation.character(0x0644) == .character("ل"))
    #expect(KeyTranslation.character(0x1F680) == .character("🚀"))
    #expect(KeyTranslation.character(0xD800) == .unknown(0xD800))
  }

  @Test func functionKeys() {
    #expect(KeyTranslation.functionKey(KEY_LEFT) == .left)
    #expect(KeyTranslation.functionKey(KEY_RIGHT) == .right)
    #expect(KeyTranslation.functionKey(KEY_BTAB) == .backTab)
    #expect(KeyTranslation.functionKey(mingle_KEY_F(12)) == .function(12))
    #expect(KeyTranslation.functionKey(mingle_KEY_F(1)) == .function(1))
    #expect(KeyTranslation.functionKey(KEY_BACKSPACE) == .backspace)
  }
}
