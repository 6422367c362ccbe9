import Testing

@testable import EventState

/// Merging an imported roster into attendees.csv.
@Suite struct RosterMergeTests {
  @Test func theSameEmailMergesWithoutCaseAndKeepsTheValuesAlreadyThere() {
    let existing = [
      Attendee(name: "Ada Lovelace", company: "Engines Ltd", topics: ["investors"], email: "Ada@Engines.example", showCard: true),
      Attendee(name: "Bob", email: "bob@example.test"),
    ]
    let incoming = [
      Attendee(
        name: "Ada L.", title: "Analyst", company: "Other Co", topics: ["legal"], email: "ada@engines.EXAMPLE",
        showCard: false, shareContact: true)
    ]
    let merge = RosterMerge(incoming, into: existing)
    #expect(merge.merged == 1 && merge.added == 0)
    #expect(merge.roster.count == 2)
    let ada = merge.roster[0]
    #expect(ada.name == "Ada Lovelace" && ada.company == "Engines Ltd")
    #expect(ada.title == "Analyst", "the import fills what was empty")
    #expect(ada.topics == ["investors", "legal"])
    #expect(ada.showCard == false, "a no in either wins")
    #expect(ada.shareContact == true, "an answer fills an unanswered question")
  }

  @Test func aReimportNeverTurnsANoIntoAYes() {
    let merge = RosterMerge(
      [Attendee(name: "Ada", email: "a@x.test", showCard: true, shareContact: true)],
      into: [Attendee(name: "Ada", email: "a@x.test", showCard: false, shareContact: false)])
    #expect(merge.roster[0].showCard == false && merge.roster[0].shareContact == false)
  }

  @Test func withoutAnEmailTheNameDecidesAndEachEntryIsTakenOnce() {
    let existing = [Attendee(name: "Jonas Weiß", title: "Partner"), Attendee(name: "Mei", email: "mei@x.test")]
    let incoming = [
      Attendee(name: "Someone Else", company: "Elsewhere"),
      Attendee(name: "JONAS  WEIß", company: "Weiß & Kern", email: "jonas@x.test"),
      Attendee(name: "Jonas Weiß", company: "Second Jonas"),
      Attendee(name: "Mei"),
    ]
    let merge = RosterMerge(incoming, into: existing)
    #expect(merge.merged == 2 && merge.added == 2)
    #expect(merge.roster.map(\.name) == ["Jonas Weiß", "Mei", "Someone Else", "Jonas Weiß"])
    #expect(merge.roster[0].company == "Weiß & Kern" && merge.roster[0].email == "jonas@x.test")
    #expect(merge.roster[3].company == "Second Jonas", "an entry already merged is not taken again")
  }

  @Test func differentEmailsAreDifferentPeopleWhateverTheName() {
    let merge = RosterMerge(
      [Attendee(name: "Ada", email: "ada@two.test")], into: [Attendee(name: "Ada", email: "ada@one.test")])
    #expect(merge.merged == 0 && merge.added == 1)
    #expect(merge.roster.map(\.email) == ["ada@one.test", "ada@two.test"])
  }
}
