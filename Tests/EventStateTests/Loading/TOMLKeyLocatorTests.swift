import Testing

@testable import EventState

/// Finding the line of a key in TOML text.
@Suite struct TOMLKeyLocatorTests {
  let locator = TOMLKeyLocator(
    text: """
      name = "X"   # comment
      "quoted key" = 1
      notes = \"\"\"
      [fake]
      title = "inside a string"
      \"\"\"

      [[agenda]]
      time = "18:00"

      [[agenda]]
        title = "Welcome"
      time="19:00"

      [ roster . "columns" ]
      'What?' = "offer"
      """)

  @Test func rootKeys() {
    #expect(locator.line(of: "name") == 1)
    #expect(locator.line(of: "quoted key") == 2)
  }

  @Test func linesInsideMultiLineStringsAreNotKeys() {
    #expect(locator.line(of: "title") == nil)
    #expect(locator.line(in: "fake") == nil)
  }

  @Test func arraySectionsByOccurrence() {
    #expect(locator.line(of: "time", in: "agenda", index: 0) == 9)
    #expect(locator.line(of: "time", in: "agenda", index: 1) == 13)
    #expect(locator.line(of: "title", in: "agenda", index: 1) == 12)
  }

  @Test func missingKeyFallsBackToTheSectionHeader() {
    #expect(locator.line(of: "title", in: "agenda", index: 0) == 8)
    #expect(locator.line(in: "agenda", index: 1) == 11)
    #expect(locator.line(of: "x", in: "nowhere") == nil)
  }

  @Test func dottedAndQuotedSectionNames() {
    #expect(locator.line(of: "What?", in: "roster.columns") == 16)
  }
}
