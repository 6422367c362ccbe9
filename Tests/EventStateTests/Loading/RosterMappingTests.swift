import Foundation
import Testing

@testable import EventState

/// Columns mapped by event.toml, and guesses for custom questions.
@Suite struct RosterMappingTests {
  @Test func configuredColumnsWinOverGuessesWithoutCase() throws {
    let parse = RosterParser.parse(
      try Fixtures.data("rosters/eventbrite-attendee-report.csv"),
      columns: ["WHAT CAN YOU HELP OTHERS WITH?": .seek, "what are you looking for?": .ignore])
    let amara = try #require(parse.attendees.first)
    #expect(amara.seek == "Introductions to solar installers")
    #expect(amara.offer == "")
    #expect(
      parse.mapping.contains { $0.column == "What can you help others with?" && $0.field == .seek && !$0.guessed })
  }

  @Test func configuredColumnThatIsNotInTheFileIsReported() {
    let parse = RosterParser.parse(Data("Name,Attendance,User ID,Title\nAda,Y,1,Analyst\n".utf8), columns: ["Dietary needs": .offer])
    #expect(parse.format == .meetup)
    #expect(
      parse.problems.lines == [
        "attendees.csv:1: warning: [roster.columns] names \"Dietary needs\", which is not a column of this file"
      ])
  }

  @Test func mingleOwnFormatIsNotExpectedToHaveTheCustomQuestions() {
    let parse = RosterParser.parse(Data("name,title\nAda,Analyst\n".utf8), columns: ["Dietary needs": .offer])
    #expect(parse.format == .mingle)
    #expect(parse.problems.isEmpty, "an imported roster must check clean: \(parse.problems)")
  }

  @Test func configuredColumnsFromEventTOMLReachTheRoster() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "event.toml",
      """
      name = "Test"
      [roster.columns]
      "Your superpower" = "offer"
      "Company and role" = "role_and_company"
      """)
    try folder.write("attendees.csv", "Full name,Your superpower,Company and role\nAda,Maths,Analyst at Engines Ltd\n")
    try folder.write("tips.md", "- Say hello.\n")
    let event = EventFolder.load(from: folder.url)
    #expect(event.problems.isEmpty)
    #expect(event.roster == [Attendee(name: "Ada", title: "Analyst", company: "Engines Ltd", offer: "Maths", line: 2)])
  }

  @Test(arguments: [
    ("What can you help others with?", RosterField.offer),
    ("What can you offer other attendees?", .offer),
    ("What are you looking for tonight?", .seek),
    ("Show me on the venue screens", .showCard),
    ("May we show your profile on the venue screens?", .showCard),
    ("Let people save my contact from the screen", .shareContact),
    ("May we share your contact details?", .shareContact),
    ("What's your role and company?", .roleAndCompany),
    ("LinkedIn profile", .url),
    ("Personal website URL", .url),
    ("Topics you care about", .topics),
    ("Mobile number", .phone),
    ("Work e-mail", .email),
    ("Full name", .name),
    ("Company name", .company),
    ("Given name", .firstName),
    ("Surname", .lastName),
  ])
  func guessFromWording(header: String, field: RosterField) {
    #expect(RosterColumns.guess(RosterColumns.normalized(header)) == field)
  }

  @Test func unguessableQuestionsAreIgnored() {
    let parse = RosterParser.parse(Data("name,Dietary needs\nAda,Vegan\n".utf8))
    #expect(parse.mapping.last! == (column: "Dietary needs", field: .ignore, guessed: true))
    #expect(parse.attendees == [Attendee(name: "Ada", line: 2)])
  }

  @Test func roleAndCompanySplits() {
    #expect(RosterRow.splitRole("Founder at Lagos Cleantech") == ("Founder", "Lagos Cleantech"))
    #expect(RosterRow.splitRole("CTO @ Patel Labs") == ("CTO", "Patel Labs"))
    #expect(RosterRow.splitRole("Accountant At O'Connor, Byrne & Co") == ("Accountant", "O'Connor, Byrne & Co"))
    #expect(RosterRow.splitRole("Angel investor") == ("Angel investor", ""))
  }

  @Test func firstAndLastNameAreJoined() {
    let parse = RosterParser.parse(Data("first_name,last_name\nAda,Lovelace\n,Hopper\n".utf8))
    #expect(parse.attendees.map(\.name) == ["Ada Lovelace", "Hopper"])
  }

  @Test func rosterWithoutNameColumnIsAnError() {
    let parse = RosterParser.parse(Data("email,company\nada@example.test,Engines\n".utf8))
    #expect(parse.attendees.isEmpty)
    #expect(parse.problems.count == 1)
    #expect(parse.problems[0].severity == .error && parse.problems[0].line == 1)
  }

  @Test func contactPrefersExplicitThenURLThenEmailThenPhone() {
    let csv = """
      name,phone,email,url,contact
      A,+49 1,a@example.test,https://a.example,@a
      B,+49 2,b@example.test,https://b.example,
      C,+49 3,c@example.test,,
      D,+49 4,,,
      """
    #expect(
      RosterParser.parse(Data(csv.utf8)).attendees.map(\.contact) == [
        "@a", "https://b.example", "c@example.test", "+49 4",
      ])
  }
}
