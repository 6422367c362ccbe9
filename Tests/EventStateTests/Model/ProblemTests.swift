import Testing

@testable import EventState

@Suite struct ProblemTests {
  @Test func readsAsFileLineMessage() {
    #expect(Problem(file: "attendees.csv", line: 12, message: "empty name").description == "attendees.csv:12: empty name")
    #expect(Problem(file: "tips.md", message: "missing", severity: .warning).description == "tips.md: warning: missing")
  }

  @Test func namesTheFileFromTheEventFolder() {
    let problem = Problem(file: "event.toml", line: 3, message: "bad")
    #expect(problem.described(in: "events/nov") == "events/nov/event.toml:3: bad")
    #expect(problem.described(in: "events/nov/") == "events/nov/event.toml:3: bad")
    #expect(Problem(file: "/abs/theme.toml", message: "x").described(in: "ev") == "/abs/theme.toml: x")
  }
}
