import EventState
import Testing

/// RFC 6350 §3.4: backslash, comma, semicolon and line breaks are escaped in text values.
@Suite struct VCardTextTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("Weiß & Kern", "Weiß & Kern"),
    ("Term sheets, cap tables", "Term sheets\\, cap tables"),
    ("Acme; Berlin office", "Acme\\; Berlin office"),
    ("C:\\path\\to", "C:\\\\path\\\\to"),
    ("\\,", "\\\\\\,"),
    ("one\ntwo", "one\\ntwo"),
    ("one\r\ntwo", "one\\ntwo"),
    ("one\rtwo", "one\\ntwo"),
    ("end\n", "end\\n"),
    ("陈静, 北京", "陈静\\, 北京"),
  ])
  func escapesTheFourSpecialCharacters(text: String, escaped: String) {
    #expect(VCardText.escaped(text) == escaped)
  }

  @Test func structuredValuesEscapeSemicolonsInsideComponents() {
    #expect(VCardText.structured(["Weiß; Kern", "Legal, IP"]) == "Weiß\\; Kern;Legal\\, IP")
  }

  @Test func listsEscapeCommasInsideValues() {
    #expect(VCardText.list(["Founders, Funders", "Legal"]) == "Founders\\, Funders,Legal")
    #expect(VCardText.list([]) == "")
  }
}
