import Foundation
import Testing

@testable import EventState

/// Each export format, read from fixtures shaped like the real downloads.
@Suite struct RosterFormatTests {
  func person(_ parse: RosterParse, _ name: String) throws -> Attendee {
    try #require(parse.attendees.first { $0.name == name })
  }

  @Test func eventbriteReport() throws {
    let parse = RosterParser.parse(try Fixtures.data("rosters/eventbrite-attendee-report.csv"))
    #expect(parse.format == .eventbrite)
    #expect(parse.attendees.count == 12)
    #expect(parse.attendees.map(\.name).prefix(4) == ["Amara Okafor", "Jonas Weiß", "Mei Chen 陈", "Luis García-Núñez"])

    let amara = try person(parse, "Amara Okafor")
    #expect(amara.title == "Founder" && amara.company == "Lagos Cleantech")
    #expect(amara.offer == "Introductions to solar installers" && amara.seek == "Seed investors")
    #expect(amara.showCard == true && amara.shareContact == true && amara.checkedIn == true)
    #expect(amara.contact == "https://linkedin.example/in/amara")
    #expect(amara.email == "amara@okafor.example")
    #expect(amara.line == 2)

    let jonas = try person(parse, "Jonas Weiß")
    #expect(jonas.contact == "jonas.weiss@example.de", "without a LinkedIn URL the ticket email is the contact")
    #expect(jonas.shareContact == false && jonas.checkedIn == false)

    let sarah = try person(parse, "Sarah O'Connor")
    #expect(sarah.company == "O'Connor, Byrne & Co")
    #expect(sarah.offer == "Bookkeeping, VAT, \"runway\" math")

    let olek = try person(parse, "Olek Nowak")
    #expect(olek.seek == "An internship in product")
    #expect(olek.line == 9)
    #expect(try person(parse, "Yuki Tanaka").line == 11, "the quoted line break moves later records down")

    let tom = try person(parse, "Tom Smith")
    #expect(tom.showCard == false && tom.shareContact == false, "empty answers in existing columns are a no")
    #expect(try person(parse, "Luis García-Núñez").showCard == false)
  }

  @Test func eventbriteMappingGuessesCustomQuestions() {
    let parse = RosterParser.parse(try! Fixtures.data("rosters/eventbrite-attendee-report.csv"))
    let mapping = Dictionary(parse.mapping.map { ($0.column, ($0.field, $0.guessed)) }, uniquingKeysWith: { a, _ in a })
    #expect(mapping["What can you help others with?"]! == (.offer, true))
    #expect(mapping["What are you looking for?"]! == (.seek, true))
    #expect(mapping["May we show your profile on the venue screens?"]! == (.showCard, true))
    #expect(mapping["May attendees save your contact from the screen?"]! == (.shareContact, true))
    #expect(mapping["LinkedIn profile"]! == (.url, true))
    #expect(mapping["Job Title"]! == (.title, false))
    #expect(mapping["Order #"]! == (.ignore, false))
    #expect(parse.mapping.count == 30)
  }

  @Test func lumaExport() throws {
    let parse = RosterParser.parse(try Fixtures.data("rosters/luma-guests.csv"))
    #expect(parse.format == .luma)
    #expect(parse.mapping.first?.column == "api_id", "the byte order mark is not part of the first header")
    #expect(!parse.attendees.contains { $0.name.hasPrefix("Luis") }, "waitlisted guests are not at the event")
    #expect(
      parse.problems.lines.contains(
        "attendees.csv:5: warning: skipped: approval status is \"waitlist\" (not attending)"))
    #expect(parse.attendees.count == 7)

    let amara = try person(parse, "Amara Okafor")
    #expect(amara.title == "Founder" && amara.company == "Lagos Cleantech", "role and company are split at \" at \"")
    #expect(amara.checkedIn == true && amara.showCard == true && amara.shareContact == true)
    #expect(amara.contact == "amara@okafor.example")

    let jonas = try person(parse, "Jonas Weiß")
    #expect(jonas.company == "Weiß & Kern Rechtsanwälte")
    #expect(jonas.checkedIn == false && jonas.shareContact == false)
    #expect(jonas.contact == "jonas.weiss@example.de", "email comes before phone")

    let mei = try person(parse, "Mei Chen 陈")
    #expect(mei.title == "Angel investor" && mei.company == "")
    let olek = try person(parse, "Olek Nowak")
    #expect(olek.seek == "An internship in product")
    #expect(olek.line == 9)
    #expect(try person(parse, "Sarah O'Connor").company == "O'Connor, Byrne & Co")
  }

  @Test func meetupDownload() throws {
    let parse = RosterParser.parse(try Fixtures.data("rosters/meetup-attendees.csv"))
    #expect(parse.format == .meetup)
    #expect(
      parse.attendees.map(\.name) == [
        "Amara Okafor", "Jonas Weiß", "Mei Chen 陈", "Luis García-Núñez", "Sarah O'Connor", "Dev Patel",
      ])
    let amara = try person(parse, "Amara Okafor")
    #expect(amara.checkedIn == true && amara.title == "Founder")
    #expect(amara.contact == "https://meetup.example/members/1000")
    #expect(amara.showCard == nil && amara.shareContact == nil, "Meetup asks no consent questions")
    #expect(try person(parse, "Jonas Weiß").checkedIn == false)
    #expect(parse.problems.isEmpty)
  }

  @Test func mingleOwnFormat() throws {
    let csv = """
      name,title,company,topics,offer,seek,contact,photo,show_card,share_contact
      Ada Lovelace,Analyst,Engines Ltd,investors; Founders ,Maths,Funding,ada@engines.example,ada.png,yes,no
      Grace Hopper,Admiral,Navy,"engineering,hiring,engineering",Compilers,Bugs,,,no,
      """
    let parse = RosterParser.parse(Data(csv.utf8))
    #expect(parse.format == .mingle)
    #expect(parse.problems.isEmpty)
    let ada = try person(parse, "Ada Lovelace")
    #expect(ada.topics == ["investors", "founders"])
    #expect(ada.contact == "ada@engines.example" && ada.photo == "ada.png")
    #expect(ada.showCard == true && ada.shareContact == false && ada.checkedIn == nil)
    let grace = try person(parse, "Grace Hopper")
    #expect(grace.topics == ["engineering", "hiring"])
    #expect(grace.showCard == false && grace.shareContact == false)
    #expect(parse.mapping.allSatisfy { !$0.guessed })
  }

  @Test func formatArgumentOverridesDetection() throws {
    let parse = RosterParser.parse(try Fixtures.data("rosters/meetup-attendees.csv"), format: .mingle)
    #expect(parse.format == .mingle)
    #expect(parse.attendees.count == 6)
    #expect(parse.attendees[0].checkedIn == nil, "Meetup's Attendance column means nothing in mingle's format")
  }

  @Test func unknownHeadersAreMingleFormat() {
    #expect(RosterFormat.detect(headers: ["Name", "Favourite colour"]) == .mingle)
    #expect(RosterFormat.detect(headers: ["Name", "Attendance", "RSVP"]) == .meetup)
    #expect(RosterFormat.detect(headers: ["API_ID", "Approval_Status"]) == .luma)
  }
}
