import Testing

@testable import KioskUI

/// `BigText.wrap` measures each word once and adds up the widths: it must break lines exactly where
/// measuring every candidate line whole does.
@Suite struct BigTextWrapTests {
  /// Lines broken by measuring each candidate line whole, as block letters were wrapped before.
  static func wrapMeasuringWhole(_ text: String, size: BigText.Size, width: Int, maxLines: Int) -> [String]? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    guard !words.isEmpty else { return nil }
    var lines: [String] = []
    var current = ""
    for word in words {
      guard BigText.width(of: word, size: size) <= width else { return nil }
      let candidate = current.isEmpty ? word : current + " " + word
      if BigText.width(of: candidate, size: size) <= width {
        current = candidate
      } else {
        lines.append(current)
        current = word
      }
    }
    lines.append(current)
    return lines.count <= maxLines ? lines : nil
  }

  static let texts = [
    "Ask, then listen", "Make one introduction tonight", "Léa Müller-Øst", "Mei Chen 陈 and 👩🏽 friends",
    "one\ntwo three\n\nfour", "  spaced   out  ", "xx\n\u{301}yy zz", "a\u{301} b\u{302}\nc", "",
  ]

  @Test(arguments: texts) func linesBreakWhereMeasuringWholeLinesBreaksThem(_ text: String) {
    for size in BigText.Size.allCases {
      for width in 1...90 {
        for maxLines in [1, 3] {
          #expect(
            BigText.wrap(text, size: size, width: width, maxLines: maxLines)
              == Self.wrapMeasuringWhole(text, size: size, width: width, maxLines: maxLines),
            "\(size) \(width) \(maxLines)")
        }
      }
    }
  }

  @Test func aMarkThatJoinsTheSpaceMakesTheLineBeMeasuredWhole() {
    #expect(BigText.joinsCleanly("Ask", "then"))
    #expect(BigText.joinsCleanly("陈", "Léa"))
    #expect(!BigText.joinsCleanly("xx", "\u{301}yy"))
    let whole = BigText.width(of: "xx \u{301}yy", size: .large)
    #expect(whole < BigText.width(of: "xx", size: .large) + BigText.width(of: "  ", size: .large) + BigText.width(of: "\u{301}yy", size: .large))
    #expect(BigText.wrap("xx\n\u{301}yy", size: .large, width: whole, maxLines: 2) == ["xx \u{301}yy"])
  }
}
