import Testing

@testable import mingle_bench

@Suite struct RosterEditTests {
  @Test func theNameOfTheLineGetsThePrefixWithCRLFOrLF() {
    for ending in ["\r\n", "\n"] {
      let text = ["name,title", "Ada,CTO", "Bo,CEO", ""].joined(separator: ending)
      #expect(RosterEdit.renaming(line: 3, of: text, prefix: "Edited ") == ["name,title", "Ada,CTO", "Edited Bo,CEO", ""].joined(separator: ending))
    }
  }

  @Test func aQuotedNameGetsThePrefixInsideItsQuotes() {
    #expect(RosterEdit.renaming(line: 2, of: "name\n\"Quill, Ada\",CTO\n", prefix: "X ") == "name\n\"X Quill, Ada\",CTO\n")
  }

  @Test func aLineThatDoesNotExistChangesNothing() {
    #expect(RosterEdit.renaming(line: 9, of: "name\nAda\n", prefix: "X ") == "name\nAda\n")
  }
}
