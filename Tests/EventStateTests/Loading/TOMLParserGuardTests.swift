import Testing

@testable import EventState

/// Inputs on which TOMLKit's parser would abort instead of reporting an error (found by fuzzing), and
/// valid TOML that must not be mistaken for them.
@Suite struct TOMLParserGuardTests {
  @Test(arguments: [
    ("[.]", 1), ("[[[", 1), ("[,", 1), ("[\n", 1), ("name = \"x\"\r\n\r\n[[,#", 3), ("  [ }", 1), ("[[ .a]]", 1),
    ("x = [}", 1), ("x = [1, }", 1), ("x = [\n  1,\n  # comment\n  }", 4), ("x = {a = [}]}", 1), ("x = [[}]]", 1),
  ])
  func unsafeInputsAreFound(text: String, line: Int) {
    #expect(TOMLParserGuard.firstUnsafeSpot(in: text)?.line == line)
  }

  @Test(arguments: [
    "[a]\n[[b]]\n[ \"quoted\" ]\n['x'.y]\n[ [not contiguous]]\n[]",
    "notes = \"\"\"\n[.not a header]\n\"\"\"",
    "notes = '''\n[[[\n'''",
    "x = [\n  [[1]],\n  [2],\n]",
    "x = [\"}\", '}', \"\"\"}\"\"\"]",
    "x = [ # }\n  1 ]",
    "x = {a = 1}\ny = [{b = 2}, {}]",
    "s = \"escaped \\\" [. \"\n[t]",
  ])
  func validTOMLIsNotFlagged(text: String) {
    #expect(TOMLParserGuard.firstUnsafeSpot(in: text) == nil)
  }

  @Test func parserReportsTheSpotInsteadOfCrashing() {
    #expect(
      EventConfigParser.parse("name = \"X\"\n[.]\n").problems.map(\.description) == [
        "event.toml:2: syntax error: a table header needs a name, like [privacy] or [[topics]]"
      ])
    #expect(
      EventConfigParser.parse("name = \"X\"\nx = [\n}").problems.map(\.description) == [
        "event.toml:3: syntax error: a list cannot hold a bare '}'"
      ])
  }

  @Test func anEarlierSyntaxErrorIsReportedFirst() {
    let problems = EventConfigParser.parse("name = \"X\"\nbroken = \n[.]\n").problems
    #expect(problems.count == 1)
    #expect(problems[0].line == 2 && problems[0].message.hasPrefix("syntax error: "))
  }
}
