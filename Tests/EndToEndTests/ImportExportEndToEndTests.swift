import EventState
import Foundation
import Testing

/// `mingle import` and `mingle export` as an organizer runs them.
@Suite struct ImportExportEndToEndTests {
  /// An Eventbrite-shaped report: fixed columns, custom questions, a CRLF, a quoted comma and newline.
  static let eventbriteReport = """
    Order #,First Name,Last Name,Email,Attendee Status,What can you help others with?,What are you looking for?,May we show your profile on the venue screens?,May attendees save your contact from the screen?,Job Title,Company\r
    1,Amara,Okafor,amara@okafor.example,Checked In,"Solar intros, and more",Seed investors,Yes,Yes,Founder,Lagos Cleantech\r
    2,Jonas,Weiß,jonas@example.de,Attending,Legal questions,"Founders
    who need counsel",Yes,No,Partner,Weiß & Kern\r
    3,Ada,Private,ada@private.example,Checked In,Maths,Engines,No,No,Analyst,Engines Ltd\r
    4,Amara,Okafor,AMARA@okafor.example,Checked In,,,Yes,Yes,,\r

    """

  func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

  @Test func importAnEventbriteReportThenCheckTheFolder() throws {
    let fixture = try EventFixture()
    let file = fixture.folder.deletingLastPathComponent().appendingPathComponent("report.csv")
    try write(Self.eventbriteReport, to: file)
    let result = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path, "--checked-in-only"])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("report.csv: Eventbrite attendee report (detected)"))
    #expect(result.output.contains("\(file.path): column \"What are you looking for?\" → seek (guessed)"))
    #expect(result.output.contains("\(file.path):6: warning: same email as line 2; merged into that entry"), "Jonas spans two lines")
    #expect(result.output.contains("4 rows read, 3 people after merging duplicates, 1 not checked in left out."))
    #expect(result.output.contains("Imported 2 people: 1 merged with people already in attendees.csv, 1 added; attendees.csv now lists 41 people."))

    let event = fixture.event
    #expect(event.roster.count == 41)
    #expect(!event.roster.contains { $0.name == "Jonas Weiß" && $0.email == "jonas@example.de" }, "not checked in")
    let ada = try #require(event.roster.first { $0.name == "Ada Private" })
    #expect(ada.showCard == false && ada.shareContact == false && ada.offer == "Maths")
    #expect(FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("attendees.csv.bak").path))
    let checked = try MingleBinary.run(["check", fixture.folder.path])
    #expect(checked.status == 0, "\(checked.output)")
  }

  @Test func importingNobodyFailsAndChangesNothing() throws {
    let fixture = try EventFixture()
    let roster = fixture.folder.appendingPathComponent("attendees.csv")
    let before = try Data(contentsOf: roster)
    let file = fixture.folder.appendingPathComponent("empty.csv")
    try write("Order #,First Name,Last Name,Email\r\n", to: file)
    let result = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path, "--replace"])
    #expect(result.status == 1)
    #expect(result.output.contains("Nothing imported: attendees.csv was not changed."))
    #expect(try Data(contentsOf: roster) == before)
  }

  @Test func importRefusesAMissingFileOrFolderAndAnUnknownFormat() throws {
    let fixture = try EventFixture()
    let missing = try MingleBinary.run(["import", "/nonexistent/x.csv", "--into", fixture.folder.path])
    #expect(missing.status != 0 && missing.error.contains("/nonexistent/x.csv: cannot be read"))
    let file = fixture.folder.appendingPathComponent("x.csv")
    try write("name\nAda\n", to: file)
    let noFolder = try MingleBinary.run(["import", file.path, "--into", "/nonexistent/event"])
    #expect(noFolder.status != 0 && noFolder.error.contains("no such event folder"))
    let badFormat = try MingleBinary.run(["import", file.path, "--into", fixture.folder.path, "--format", "excel"])
    #expect(badFormat.status != 0 && badFormat.error.contains("eventbrite"))
  }

  /// A folder whose store holds a shown card with a shared contact, one without, one whose owner did not
  /// agree to be shown, and one a moderator hid.
  func eventWithCards() throws -> EventFixture {
    let fixture = try EventFixture()
    let store = try EventStore(url: fixture.event.stateURL)
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    let cards = [
      PinnedCard(
        id: "1", topicID: "investors", name: "Shown Sharer", offer: "=1+1", contact: "sharer@shared.example",
        showCard: true, shareContact: true, pinnedAt: t0),
      PinnedCard(
        id: "2", topicID: "legal", name: "Shown Keeper", contact: "keeper@secret.example", showCard: true,
        shareContact: false, pinnedAt: t0.addingTimeInterval(60)),
      PinnedCard(
        id: "3", topicID: "investors", name: "Never Shown", contact: "never@secret.example", showCard: false,
        shareContact: true, pinnedAt: t0.addingTimeInterval(120)),
      PinnedCard(
        id: "4", topicID: "investors", name: "Moderated Away", contact: "hidden@secret.example", showCard: true,
        shareContact: true, pinnedAt: t0.addingTimeInterval(180)),
    ]
    for card in cards { try store.pin(card, actor: "test") }
    try store.setCardHidden(id: "4", hidden: true, actor: "test")
    return fixture
  }

  static let secrets = ["keeper@secret.example", "Never Shown", "never@secret.example", "Moderated Away", "hidden@secret.example"]

  @Test func exportTheWallAsCSVToStandardOutput() throws {
    let fixture = try eventWithCards()
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "csv"])
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output == """
        topic,name,role,company,offer,seek,contact,pinned_at\r
        For investors,Shown Sharer,,,'=1+1,,sharer@shared.example,2027-01-15T09:00:00+01:00\r
        For lawyers,Shown Keeper,,,,,,2027-01-15T09:01:00+01:00\r

        """)
    for secret in Self.secrets { #expect(!result.output.contains(secret), "\(secret)") }
  }

  @Test func exportTheReportAsMarkdownToAFile() throws {
    let fixture = try eventWithCards()
    let out = fixture.folder.deletingLastPathComponent().appendingPathComponent("report.md")
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "md", "--out", out.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "Wrote \(out.path)\n")
    let report = try String(contentsOf: out, encoding: .utf8)
    #expect(report.hasPrefix("# Climate Tech Founders & Funders — November Meetup\n"))
    #expect(report.contains("- **Shown Sharer**\n  - Can help with: =1+1\n  - Contact: sharer@shared.example\n"))
    #expect(report.contains("- **Shown Keeper**\n  - Pinned at 09:01\n"))
    #expect(report.contains("- Cards on the connecting wall: 2\n"))
    for secret in Self.secrets { #expect(!report.contains(secret), "\(secret)") }
  }

  @Test func exportTheSharedContactsAsVCards() throws {
    let fixture = try eventWithCards()
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "vcf"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("BEGIN:VCARD\r\n"))
    #expect(result.output.contains("FN:Shown Sharer\r\n") && result.output.contains("EMAIL:sharer@shared.example\r\n"))
    #expect(result.output.contains("EMAIL:amara@lagoscleantech.example\r\n"), "a roster entry that shared")
    #expect(!result.output.contains("jonas@weiss-kern.example"), "a roster entry that did not share")
    #expect(!result.output.contains("Shown Keeper"), "shown, but without a shared contact")
    for secret in Self.secrets { #expect(!result.output.contains(secret), "\(secret)") }
  }

  @Test func exportingAnEventThatNeverRanCreatesNoState() throws {
    let fixture = try EventFixture()
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "csv"])
    #expect(result.status == 0)
    #expect(result.output == "topic,name,role,company,offer,seek,contact,pinned_at\r\n")
    #expect(!FileManager.default.fileExists(atPath: fixture.event.stateURL.path))
  }

  @Test func helpForBothCommands() throws {
    for command in ["import", "export"] {
      let result = try MingleBinary.run([command, "--help"])
      #expect(result.status == 0 && result.output.contains("USAGE"), "\(command)")
    }
  }
}
