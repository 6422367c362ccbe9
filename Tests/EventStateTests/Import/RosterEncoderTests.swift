import Foundation
import Testing

@testable import EventState

/// attendees.csv in mingle's own format: what is written reads back the same.
@Suite struct RosterEncoderTests {
  /// The attendees with the values that do not survive a round trip (line, check-in) cleared.
  func comparable(_ attendees: [Attendee]) -> [Attendee] {
    attendees.map { person in
      var person = person
      person.line = 0
      person.checkedIn = nil
      return person
    }
  }

  @Test func everyFieldRoundTripsThroughTheParser() {
    let people = [
      Attendee(
        name: "Quote \"Q\" Person", title: "Title, with comma", company: "O'Connor, Byrne & Co",
        topics: ["investors", "legal"], offer: "Maths; and more", seek: "=1+1", contact: "https://q.example/x",
        email: "q@example.test", photo: "photos/q.jpg", showCard: true, shareContact: false),
      Attendee(name: "陈静", topics: [], contact: "jing@example.test", email: "jing@example.test", showCard: false),
      Attendee(name: "Nobody Answered", showCard: nil, shareContact: true),
    ]
    let text = RosterEncoder.csv(people)
    #expect(text.hasPrefix("name,title,company,topics,offer,seek,contact,email,photo,show_card,share_contact\r\n"))
    let parse = RosterParser.parse(Data(text.utf8))
    #expect(parse.format == .mingle)
    #expect(!parse.mapping.contains { $0.guessed }, "every column of mingle's own format is known")
    let expected = people.enumerated().map { index, person in
      var person = person
      if person.showCard == nil { person.showCard = false }  // an empty cell reads as no
      if person.shareContact == nil { person.shareContact = false }
      return person
    }
    #expect(comparable(parse.attendees) == comparable(expected))
    #expect(parse.problems.isEmpty)
    #expect(text.contains(",=1+1,"), "attendees.csv is mingle's input: no spreadsheet quote is added")
  }

  @Test func aConsentNobodyAnsweredIsLeftOutSoItStaysUnanswered() {
    let people = [Attendee(name: "Ada", shareContact: true), Attendee(name: "Bob", shareContact: false)]
    let text = RosterEncoder.csv(people)
    #expect(text.hasPrefix("name,title,company,topics,offer,seek,contact,email,photo,share_contact\r\n"))
    let parse = RosterParser.parse(Data(text.utf8))
    #expect(parse.attendees.map(\.showCard) == [nil, nil])
    #expect(parse.attendees.map(\.shareContact) == [true, false])
  }

  @Test func anUnansweredConsentIsAnEmptyCellNeverAYes() {
    let text = RosterEncoder.csv([Attendee(name: "Ada", showCard: true), Attendee(name: "Bob")])
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(lines[1] == "Ada,,,,,,,,,yes")
    #expect(lines[2] == "Bob,,,,,,,,,")
  }
}
