import Testing

@testable import EventState

/// RFC 4180 output and spreadsheet formula protection.
@Suite struct CSVWriterTests {
  @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
    var writer = CSVWriter(protectsFormulas: false)
    writer.append(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", "Weiß & Kern 陈"])
    #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,Weiß & Kern 陈\r\n")
  }

  @Test func recordsEndWithCRLF() {
    var writer = CSVWriter(protectsFormulas: false)
    writer.append(["a"])
    writer.append(["b", "c"])
    #expect(writer.text == "a\r\nb,c\r\n")
  }

  @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
  func formulasAreDefused(cell: String) {
    let writer = CSVWriter(protectsFormulas: true)
    let escaped = writer.escaped(cell)
    let unquoted = escaped.hasPrefix("\"") ? String(escaped.dropFirst()) : escaped
    #expect(unquoted.hasPrefix("'"), "\(escaped)")
    #expect(!CSVWriter(protectsFormulas: false).escaped(cell).contains("'"), "only when asked for")
  }

  @Test func aProtectedFieldIsStillQuotedWhenItNeedsTo() {
    #expect(CSVWriter(protectsFormulas: true).escaped("=1,\"2\"") == "\"'=1,\"\"2\"\"\"")
    #expect(CSVWriter(protectsFormulas: true).escaped("a=1") == "a=1", "only the first character matters")
  }
}
