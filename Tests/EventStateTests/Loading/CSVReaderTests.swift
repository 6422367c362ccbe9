import Foundation
import Testing

@testable import EventState

/// The byte-level CSV reader: line numbers, quoting, line ends, encodings.
@Suite struct CSVReaderTests {
  func read(_ bytes: [UInt8]) -> CSVReader { CSVReader(data: Data(bytes)) }
  func read(_ text: String) -> CSVReader { read(Array(text.utf8)) }
  func texts(_ reader: CSVReader) -> [[String]] { reader.records.map { $0.fields.map(\.text) } }

  @Test func quotedCommasQuotesAndLineBreaks() {
    let reader = read("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n")
    #expect(texts(reader) == [["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""]])
  }

  @Test func recordsAfterQuotedLineBreaksKeepTheirLines() {
    let reader = read("h1,h2\r\n\"multi\r\nline\r\nvalue\",x\r\nnext,y\r\n")
    #expect(reader.records.map(\.line) == [1, 2, 5])
    #expect(reader.records[1].fields[1].line == 4, "a field after a quoted line break starts on the later line")
    #expect(texts(reader)[1] == ["multi\nline\nvalue", "x"], "CRLF inside quotes becomes one line break")
  }

  @Test func byteOrderMarkIsSkipped() {
    let reader = read([0xEF, 0xBB, 0xBF] + Array("name\nAda\n".utf8))
    #expect(texts(reader) == [["name"], ["Ada"]])
  }

  @Test func everyLineEndStyleCountsOneLine() {
    let reader = read("a\rb\nc\r\nd")
    #expect(texts(reader) == [["a"], ["b"], ["c"], ["d"]])
    #expect(reader.records.map(\.line) == [1, 2, 3, 4])
  }

  @Test func blankLinesAreSkippedButCounted() {
    let reader = read("a\n\n\r\n\nb\n")
    #expect(texts(reader) == [["a"], ["b"]])
    #expect(reader.records.map(\.line) == [1, 5])
  }

  @Test func anEmptyQuotedFieldIsARecord() {
    #expect(texts(read("\"\"\n")) == [[""]])
  }

  @Test func raggedRowsKeepTheirFields() {
    #expect(texts(read("a,b,c\n1\n1,2,3,4\n")) == [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]])
  }

  @Test func invalidUTF8IsFlaggedPerFieldAndReplaced() {
    let reader = read(Array("ok,".utf8) + [0x66, 0xFF, 0x6F] + Array(",fine\n".utf8))
    let fields = reader.records[0].fields
    #expect(fields.map(\.isValidUTF8) == [true, false, true])
    #expect(fields[1].text == "f\u{FFFD}o")
  }

  @Test func unterminatedQuoteIsReported() {
    let reader = read("a,b\n1,\"open\n2,3\n")
    #expect(reader.unterminatedQuoteLine == 2)
    #expect(texts(reader) == [["a", "b"], ["1", "open\n2,3\n"]])
  }

  @Test func lenientAboutStrayQuotes() {
    #expect(texts(read("ab\"c,\"q\"tail\n")) == [["ab\"c", "qtail"]])
  }

  @Test func emptyInputHasNoRecords() {
    #expect(read("").records.isEmpty)
    #expect(read([0xEF, 0xBB, 0xBF]).records.isEmpty)
  }
}
