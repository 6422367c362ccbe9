import Foundation
import TestSupport
import Testing

@testable import EventState

/// Damaged, duplicated, huge and hostile rosters: reported with lines, never fatal.
@Suite struct RosterRobustnessTests {
  @Test func nastyFixtureReportsEveryProblemWithItsLine() throws {
    let parse = RosterParser.parse(try Fixtures.data("rosters/nasty-mixed.csv"))
    #expect(parse.format == .mingle)
    #expect(
      parse.problems.lines == [
        "attendees.csv:5: warning: invalid UTF-8 in column \"company\"",
        "attendees.csv:6: warning: this row has 2 cells, the header 7; the missing ones are read as empty",
        "attendees.csv:7: warning: this row has 9 cells, the header 7; the extra ones are ignored",
        "attendees.csv:8: warning: skipped: no name",
        "attendees.csv:9: warning: same email as line 2; merged into that entry",
        "attendees.csv:10: warning: unrecognized answer \"maybe\" in column \"show_card\"; read as no",
      ])
    #expect(
      parse.attendees.map(\.name) == [
        "Ada Lovelace", "Bad Bytes", "Short Row", "Long Row", "Quote \"Q\" Person", "Last Line",
      ])
    #expect(parse.attendees.map(\.line) == [2, 5, 6, 7, 10, 11])

    let ada = parse.attendees[0]
    #expect(ada.offer == "Maths, and more maths")
    #expect(ada.showCard == false, "a no in the duplicate row wins over the yes")
    #expect(parse.attendees[1].company == "\u{FFFD}\u{FFFD}Corp")
    #expect(parse.attendees[2].title == "Only title" && parse.attendees[2].showCard == false)
    #expect(parse.attendees[4].title == "Title, with comma")
    #expect(parse.attendees[4].showCard == false && parse.attendees[4].shareContact == true)
    #expect(parse.attendees[5].showCard == true && parse.attendees[5].shareContact == false)
  }

  @Test func duplicatesMergeByEmailWithoutCase() {
    let csv = """
      name,title,company,email,topics,show_card
      Ada Lovelace,,Engines Ltd,Ada@Engines.example,investors,
      Someone Else,,,bob@example.test,,yes
      Ada L.,Analyst,Other Co,ada@engines.EXAMPLE,founders,yes
      """
    let parse = RosterParser.parse(Data(csv.utf8))
    #expect(parse.attendees.count == 2)
    let ada = parse.attendees[0]
    #expect(ada.name == "Ada Lovelace" && ada.company == "Engines Ltd", "the first row's values stay")
    #expect(ada.title == "Analyst", "the later row fills what the first left empty")
    #expect(ada.topics == ["investors", "founders"])
    #expect(ada.showCard == false, "an empty answer is a no, and a no wins")
    #expect(parse.problems.lines == ["attendees.csv:4: warning: same email as line 2; merged into that entry"])
  }

  @Test func rowsWithoutEmailAreNeverMerged() {
    let parse = RosterParser.parse(Data("name,email\nAda,\nAda,\n".utf8))
    #expect(parse.attendees.count == 2)
  }

  @Test(arguments: [
    ("yes", true), ("Y", true), ("TRUE", true), ("1", true), ("x", true), ("ja", true), ("oui", true),
    ("sí", true), (" Yes ", true), ("no", false), ("n", false), ("false", false), ("0", false), ("", false),
    ("nein", false),
  ])
  func consentAnswers(answer: String, expected: Bool) {
    let parse = RosterParser.parse(Data("name,show_card\nAda,\"\(answer)\"\n".utf8))
    #expect(parse.attendees.first?.showCard == expected)
    #expect(parse.problems.isEmpty)
  }

  @Test func missingConsentColumnIsUnknownNotNo() {
    let parse = RosterParser.parse(Data("name\nAda\n".utf8))
    #expect(parse.attendees.first?.showCard == nil && parse.attendees.first?.shareContact == nil)
  }

  @Test func tenThousandRows() {
    var csv = "name,title,company,email,topics,show_card,share_contact\r\n"
    for i in 1...10_000 {
      csv += "Person \(i),Title \(i),\"Company, \(i)\",p\(i)@example.test,investors;founders,yes,no\r\n"
    }
    let parse = RosterParser.parse(Data(csv.utf8))
    #expect(parse.attendees.count == 10_000)
    #expect(parse.problems.isEmpty)
    #expect(parse.attendees.last?.line == 10_001)
    #expect(parse.attendees.last?.company == "Company, 10000")
  }

  @Test func hostileStringsAreSanitized() throws {
    let hostile = HostileStrings.all
    #expect(hostile.count == 10)
    var csv = "name,title,company,topics,offer,seek,contact,show_card\n"
    for text in hostile {
      let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      csv += ([quoted] + Array(repeating: quoted, count: 6) + ["yes"]).joined(separator: ",") + "\n"
    }
    let parse = RosterParser.parse(Data(csv.utf8))
    #expect(parse.attendees.count == hostile.count)
    for person in parse.attendees {
      for text in [person.name, person.title, person.company, person.offer, person.seek, person.contact] + person.topics
      {
        #expect(Sanitizer.isClean(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
      }
    }
    #expect(parse.attendees[0].name == "Alice[2JBob")
    #expect(parse.attendees[4].name == "Rightto left")
  }

  @Test func emptyAndGarbageFilesNeverCrash() throws {
    #expect(RosterParser.parse(Data()).problems.lines == ["attendees.csv: warning: no attendees: the file is empty"])
    let garbage = RosterParser.parse(try Fixtures.data("garbage.bin"))
    #expect(!garbage.problems.isEmpty)
    for person in garbage.attendees { #expect(Sanitizer.isClean(person.name)) }
  }

  @Test func headerOnlyRosterHasNoAttendees() {
    let parse = RosterParser.parse(Data("name,title\n".utf8))
    #expect(parse.attendees.isEmpty)
    #expect(parse.problems.lines == ["attendees.csv: warning: no attendees"])
  }

  @Test func fileNameIsUsedInProblems() {
    let parse = RosterParser.parse(Data("name\n\"open\n".utf8), file: "guests.csv")
    #expect(
      parse.problems.lines == [
        "guests.csv:2: a quote opened here is never closed: the rest of the file was read as one cell"
      ])
  }
}
