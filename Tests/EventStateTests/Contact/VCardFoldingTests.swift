import EventState
import Testing

/// RFC 6350 §3.2: physical lines of at most 75 octets, continuation lines start with one space,
/// folds never split a UTF-8 sequence.
@Suite struct VCardFoldingTests {
  /// The physical lines of `folded` (without their CRLF).
  func physicalLines(_ folded: String) -> [String] {
    var lines = folded.components(separatedBy: "\r\n")
    #expect(lines.last == "", "a folded line ends in CRLF")
    lines.removeLast()
    return lines
  }

  /// `folded` unfolded as RFC 6350 says (every CRLF followed by one space removed), without its final CRLF.
  /// Works on octets: a fold may fall before a combining mark, which a search by characters would miss.
  func unfolded(_ folded: String) -> String {
    var octets = Array(folded.utf8)
    var out: [UInt8] = []
    while !octets.isEmpty {
      if octets.starts(with: [13, 10, 32]) {
        octets.removeFirst(3)
      } else if octets == [13, 10] {
        octets.removeAll()
      } else {
        out.append(octets.removeFirst())
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test func aShortLineIsOnlyTerminated() {
    #expect(VCardFolding.folded("FN:Ada") == "FN:Ada\r\n")
  }

  @Test func aLineOfExactly75OctetsStaysWhole() {
    let line = "NOTE:" + String(repeating: "a", count: 70)
    #expect(VCardFolding.folded(line) == line + "\r\n")
  }

  @Test func aLongASCIILineFoldsAt75OctetsWithASpaceInFront() {
    let line = "NOTE:" + String(repeating: "x", count: 200)
    let lines = physicalLines(VCardFolding.folded(line))
    #expect(lines.map(\.utf8.count) == [75, 75, 57])
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
    #expect(unfolded(VCardFolding.folded(line)) == line)
  }

  @Test func twoByteCharactersAreNeverSplit() {
    // "NOTE:a" and 34 × "é" make 74 octets; the 35th "é" would end on octet 76, so it cannot stay.
    let line = "NOTE:a" + String(repeating: "é", count: 40)
    let lines = physicalLines(VCardFolding.folded(line))
    #expect(lines[0].utf8.count == 74)
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(unfolded(VCardFolding.folded(line)) == line)
  }

  @Test func cjkTextFoldsBetweenThreeByteCharacters() {
    let line = "NOTE:" + String(repeating: "陈静北京上海", count: 10)
    let folded = VCardFolding.folded(line)
    let lines = physicalLines(folded)
    #expect(lines.count == 3)
    #expect(lines.map(\.utf8.count) == [74, 73, 40])
    #expect(lines.allSatisfy { $0.utf8.count <= 75 && String(validating: Array($0.utf8), as: UTF8.self) != nil })
    #expect(unfolded(folded) == line)
  }

  @Test func fourByteEmojiAreNeverSplit() {
    let line = "FN:" + String(repeating: "🌱", count: 30)
    let lines = physicalLines(VCardFolding.folded(line))
    #expect(lines.map(\.utf8.count) == [75, 49])
    #expect(unfolded(VCardFolding.folded(line)) == line)
  }

  @Test func anEscapeStaysOnOneLine() {
    // The backslash falls on octet 75: it moves to the next line together with the character it escapes.
    let line = "NOTE:" + String(repeating: "a", count: 69) + "\\nmore"
    let lines = physicalLines(VCardFolding.folded(line))
    #expect(lines == ["NOTE:" + String(repeating: "a", count: 69), " \\nmore"])
  }

  @Test func aGraphemeLongerThanALineIsSplitBetweenItsScalars() {
    let flood = "e" + String(repeating: "\u{301}", count: 60)
    let line = "FN:" + flood
    let lines = physicalLines(VCardFolding.folded(line))
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(unfolded(VCardFolding.folded(line)) == line)
  }
}
