import Testing

@testable import EventState

/// event.toml's `[open_mic]` section.
@Suite struct OpenMicSettingsParserTests {
  func parse(_ section: String) -> (settings: OpenMicSettings, problems: [String]) {
    let result = EventConfigParser.parse("name = \"Meetup\"\n\n[open_mic]\n" + section)
    return (result.config.openMic, result.problems.lines)
  }

  @Test func defaultsWithoutTheSection() {
    #expect(EventConfigParser.parse("name = \"Meetup\"").config.openMic == OpenMicSettings())
  }

  @Test func everyKey() {
    let (settings, problems) = parse("board = \"strip\"\nno_repeat_in_a_row = true\nfirst_timers_first = true\n")
    #expect(problems.isEmpty)
    #expect(settings == OpenMicSettings(board: .strip, noRepeatInARow: true, firstTimersFirst: true))
  }

  @Test func wrongValuesAreReportedWithTheirLine() {
    let (settings, problems) = parse("board = \"banner\"\nno_repeat_in_a_row = \"yes\"\nspeakers = 3\n")
    #expect(settings == OpenMicSettings())
    #expect(
      problems == [
        "event.toml:4: unknown board \"banner\" (use takeover or strip); using takeover",
        "event.toml:5: `no_repeat_in_a_row` must be true or false",
        "event.toml:6: warning: unknown key `speakers` in [open_mic]; ignored",
      ])
  }
}
