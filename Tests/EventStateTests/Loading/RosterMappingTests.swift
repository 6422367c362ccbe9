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

  /// Custom questions as organizers write them on Eventbrite, Luma and Meetup, and what they are read as.
  @Test(arguments: [
    // The fixtures' questions.
    ("What can you help others with?", RosterField.offer),
    ("What can you offer other attendees?", .offer),
    ("What are you looking for?", .seek),
    ("What are you looking for tonight?", .seek),
    ("May we show your profile on the venue screens?", .showCard),
    ("Show me on the venue screens", .showCard),
    ("May attendees save your contact from the screen?", .shareContact),
    ("Let people save my contact from the screen", .shareContact),
    ("What's your role and company?", .roleAndCompany),
    ("LinkedIn profile", .url),
    // Seeking wins over offering when a question has words of both.
    ("What help are you looking for?", .seek),
    ("What kind of help are you seeking?", .seek),
    ("Who are you hoping to meet?", .seek),
    ("Who do you want to meet?", .seek),
    ("Who would you like to meet tonight?", .seek),
    ("Are you interested in meeting investors or customers?", .seek),
    ("What do you need help with?", .seek),
    ("What do you need most right now?", .seek),
    ("How can other attendees help you?", .seek),
    ("Who should we introduce you to?", .seek),
    ("What skills are you looking for in a co-founder?", .seek),
    ("What's your ask?", .seek),
    ("How can you help others?", .offer),
    ("What expertise can you offer?", .offer),
    ("Skills you bring to the table", .offer),
    ("What can you share with the community?", .offer),
    // Consent.
    ("May we share your contact details with other attendees?", .shareContact),
    ("Exchange contact details with people who scan your card?", .shareContact),
    ("Can we display your name and photo on the screens at the event?", .showCard),
    ("Feature me on the connecting wall", .showCard),
    // The plainer fields.
    ("Personal website URL", .url),
    ("Portfolio or homepage", .url),
    ("Topics you care about", .topics),
    ("Which topics interest you?", .topics),
    ("Profile photo URL", .photo),
    ("Headshot", .photo),
    ("Mobile number", .phone),
    ("WhatsApp", .phone),
    ("Work e-mail", .email),
    ("Email address", .email),
    ("Job title and company", .roleAndCompany),
    ("Company / role", .roleAndCompany),
    ("Job title", .title),
    ("What is your role?", .title),
    ("Occupation", .title),
    ("Company name", .company),
    ("Organisation", .company),
    ("University or institution", .company),
    ("Best way to reach you", .contact),
    ("Preferred contact details", .contact),
    ("Full name", .name),
    ("Name on your badge", .name),
    ("Display name", .name),
    ("Given name", .firstName),
    ("Surname", .lastName),
  ])
  func guessFromWording(header: String, field: RosterField) {
    #expect(RosterColumns.guess(RosterColumns.normalized(header)) == field)
  }

  /// Questions whose answers must not land on a card or in a contact: private or practical matters,
  /// third parties, and permission to contact or photograph someone (answered yes or no).
  @Test(arguments: [
    "Emergency contact name",
    "Emergency contact phone number",
    "Dietary requirements",
    "Do you have any accessibility needs?",
    "Do you need wheelchair access?",
    "T-shirt size",
    "Company size",
    "Pronouns",
    "May we share your contact details with our sponsors?",
    "Sign me up for the newsletter",
    "Can we email you about future events?",
    "May we contact you about future events?",
    "Would you like us to call you before the event?",
    "Do you consent to being photographed?",
    "Photo release",
    "How did you hear about this meetup?",
    "Do you need an invoice?",
    "Home address",
    "Slack username",
    "Team name",
    "Dietary needs",
  ])
  func questionsThatAreNeverGuessed(header: String) {
    #expect(RosterColumns.guess(RosterColumns.normalized(header)) == nil)
  }

  @Test func unguessableQuestionsAreIgnored() {
    let parse = RosterParser.parse(Data("name,Dietary needs\nAda,Vegan\n".utf8))
    #expect(parse.mapping.last! == (column: "Dietary needs", field: .ignore, guessed: true))
    #expect(parse.attendees == [Attendee(name: "Ada", line: 2)])
  }

  @Test func twoColumnsForOneFieldAreReportedAndTheLaterOneFillsOnlyGaps() {
    let csv = "name,What can you help others with?,Your superpower\nAda,Maths,Engines\nGrace,,Compilers\n"
    let parse = RosterParser.parse(Data(csv.utf8), columns: ["Your superpower": .offer])
    #expect(
      parse.problems.lines == [
        "attendees.csv:1: warning: columns \"What can you help others with?\" and \"Your superpower\" both map to offer; "
          + "\"Your superpower\" is read only where \"What can you help others with?\" is empty "
          + "(map one of them to \"ignore\" in [roster.columns] of event.toml to choose)"
      ])
    #expect(parse.attendees.map(\.offer) == ["Maths", "Compilers"])
  }

  @Test func aGuessThatDuplicatesAFixedColumnIsReportedTwoFixedColumnsAreNot() {
    let csv = "Order #,First Name,Last Name,Cell Phone,Work Phone,Mobile number\n1,Ada,L,,+49 2,+49 3\n"
    let parse = RosterParser.parse(Data(csv.utf8))
    #expect(parse.format == .eventbrite)
    #expect(parse.problems.count == 1)
    #expect(parse.problems.first?.message.hasPrefix("columns \"Cell Phone\" and \"Mobile number\" both map to phone") == true)
    #expect(parse.attendees.first?.contact == "+49 2", "Eventbrite's work phone stands in for an empty cell phone")
  }

  @Test func severalTopicsOrCheckInColumnsAreAllReadAndNotReported() {
    let csv = "name,topics,Topics of interest,checked_in,Arrived\nAda,investors,hiring,no,yes\n"
    let parse = RosterParser.parse(Data(csv.utf8), columns: ["Arrived": .checkedIn])
    #expect(parse.problems.isEmpty)
    #expect(parse.attendees.first?.topics == ["investors", "hiring"])
    #expect(parse.attendees.first?.checkedIn == true)
  }

  @Test func configuredKeysThatDifferOnlyInCaseAreReportedAndTheFirstSortedIsUsed() {
    for _ in 1...5 {
      let parse = RosterParser.parse(
        Data("name,Job Title\nAda,Analyst\n".utf8), columns: ["job title": .company, "Job Title": .title])
      #expect(parse.attendees.first?.title == "Analyst" && parse.attendees.first?.company == "")
      #expect(
        parse.problems.lines == [
          "attendees.csv:1: warning: [roster.columns] names \"Job Title\" and \"job title\", the same column; "
            + "\"job title\" is not used"
        ])
    }
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
