import ContactCode
import EventState
import Foundation
import KioskUI
import Testing

/// The codes the kiosk draws scan: rendered into cells, rasterized as a camera would see the screen
/// and decoded by zbar, they give back the vCard byte for byte.
@Suite struct QRScanTests {
  static let now = Date(timeIntervalSince1970: 1_749_753_720)

  static let people = [
    DisplayCard(
      id: "roster:2", name: "Amara Okafor", title: "Founder & CEO", company: "Lagos Cleantech", topics: ["Founders", "For investors"],
      offer: "Introductions to solar installers in West Africa", seek: "Seed investors who know hardware", contact: "amara@lagoscleantech.example"),
    DisplayCard(
      id: "roster:3", name: "Jonas Weiß", title: "Partner", company: "Weiß & Kern; Rechtsanwälte", topics: ["Legal, IP"],
      offer: "GmbH-Gründung, Term Sheets", seek: "Gründerinnen und Gründer", contact: "+49 30 1234 567"),
    DisplayCard(
      id: "roster:5", name: "陈静", title: "产品负责人", company: "电网脉冲", topics: ["设计", "创始人"],
      offer: "能源仪表盘的用户研究", seek: "一位资深的产品设计师", contact: "https://gridpulse.example/jing"),
    DisplayCard(
      id: "roster:6", name: "ليلى حداد", title: "Policy Lead", company: "Carbon Markets Initiative", topics: ["Legal"],
      offer: "EU carbon market regulation 🌍", seek: "MRV startups", contact: "layla@cmi.example"),
    // One or two letters beyond ASCII: without the UTF-8 mark zbar guesses another character set.
    DisplayCard(
      id: "roster:7", name: "Zoë Martin", title: "Designer", company: "Studio North", topics: ["Design"],
      offer: "Brand reviews", seek: "Climate founders", contact: "zoe@studionorth.example"),
    DisplayCard(
      id: "roster:8", name: "José Ramírez", title: "Engineer", company: "Grid Labs", topics: ["Hiring"],
      offer: "Embedded firmware", seek: "A new team", contact: "jose@gridlabs.example"),
  ]

  func context(_ glyphs: GlyphSet = .unicode) -> RenderContext {
    RenderContext(glyphs: glyphs, now: Self.now, timeZone: TimeZone(identifier: "UTC")!)
  }

  /// What zbar reads in `buffer`.
  func scan(_ buffer: CellBuffer) throws -> [UInt8]? {
    #expect(FileManager.default.isExecutableFile(atPath: Zbar.path), "install zbar-tools")
    return try Zbar.decode(pgm: CellRaster(buffer).pgm)
  }

  @Test(arguments: people)
  func theVCardComesBackByteForByte(card: DisplayCard) throws {
    let vCard = try #require(VCard(card: card)).text
    let matrix = try #require(QREncoder.matrix(for: vCard))
    let size = QRCodeView.cells(for: matrix, quietZone: QRCodeView.minimumQuietZone)
    var buffer = CellBuffer(width: size.columns, height: size.rows)
    QRCodeView(matrix: matrix, contact: card.contact ?? "").render(in: buffer.area, into: &buffer, context: context())
    #expect(try scan(buffer) == Array(vCard.utf8), "\(card.name): a code with the least quiet zone")
  }

  @Test func theSpotlightScreenScans() throws {
    let card = Self.people[2]
    var buffer = CellBuffer(width: 160, height: 48)
    SpotlightScreen(people: [card], visit: 1, screenSeconds: 20, qrCodes: QRCodeCache().provider)
      .render(in: buffer.area, into: &buffer, context: context())
    #expect(try scan(buffer) == Array(try #require(VCard(card: card)).text.utf8))
  }

  @Test func aSmallSpotlightScansTheEssentials() throws {
    let card = Self.people[0]
    var buffer = CellBuffer(width: 116, height: 34)
    SpotlightScreen(people: [card], visit: 1, screenSeconds: 20, qrCodes: QRCodeCache().provider)
      .render(in: buffer.area, into: &buffer, context: context())
    #expect(try scan(buffer) == Array(try #require(VCard(card: card, detail: .essentials)).text.utf8))
  }

  @Test func theWholeKioskDisplayScans() throws {
    let config = EventConfig(name: "Night", venue: "Loft", timeZone: TimeZone(identifier: "UTC")!, rotation: [RotationStep(screen: .spotlight, seconds: 20)])
    let roster = [Attendee(name: "Jonas Weiß", title: "Partner", company: "Weiß & Kern", offer: "GmbH-Gründung", contact: "jonas@weiss-kern.example", showCard: true, shareContact: true, line: 2)]
    let directory = PublicDirectory(config: config, roster: roster, live: LiveState())
    let kiosk = KioskState(clock: RotationClock(steps: config.rotation), now: Self.now)
    let display = KioskDisplay(event: config, directory: directory, tips: [], kiosk: kiosk, keyHints: [], qrCodes: QRCodeCache.shared.provider)
    var buffer = CellBuffer(width: 160, height: 48)
    display.render(in: buffer.area, into: &buffer, context: context())
    #expect(try scan(buffer) == Array(try #require(VCard(card: directory.people[0])).text.utf8))
  }

  @Test(arguments: [(160, 48, VCard.Detail.full), (60, 80, .essentials)])
  func theCodeOfACardOpenedInFindPeopleScans(width: Int, height: Int, detail: VCard.Detail) throws {
    let card = Self.people[1]
    var find = FindPeople()
    find.query = TextInput(String(card.name.prefix(3)), limit: FindPeople.queryLimit)
    find.opened = card.id
    var buffer = CellBuffer(width: width, height: height)
    FindPeopleView(find: find, people: Self.people, qrCodes: QRCodeCache().provider)
      .render(in: buffer.area, into: &buffer, context: context())
    #expect(try scan(buffer) == Array(try #require(VCard(card: card, detail: detail)).text.utf8), "\(width)x\(height)")
  }

  @Test func theCodeBesideTheCardsScans() throws {
    var buffer = CellBuffer(width: 316, height: 82)
    CardsScreen(people: Self.people, visit: 1, screenSeconds: 20, qrCodes: QRCodeCache().provider)
      .render(in: buffer.area, into: &buffer, context: context())
    let decoded = try #require(try scan(buffer))
    let vCards = Self.people.flatMap { card in [VCard.Detail.full, .essentials].compactMap { VCard(card: card, detail: $0)?.text } }
    #expect(vCards.map { Array($0.utf8) }.contains(decoded))
    #expect(buffer.text.contains("Scan to save Amara Okafor"), "the first sharer comes first")
  }

  @Test func theCodeInAWallPaneScans() throws {
    let topic = Topic(id: "legal", title: "Legal help", summary: "Contracts, IP and incorporation")
    var buffer = CellBuffer(width: 104, height: 41)
    WallPane(topic: topic, cards: [Self.people[1]], qrCodes: QRCodeCache().provider)
      .render(in: buffer.area, into: &buffer, context: context())
    let decoded = try #require(try scan(buffer))
    #expect([VCard.Detail.full, .essentials].compactMap { VCard(card: Self.people[1], detail: $0) }.map { Array($0.text.utf8) }.contains(decoded))
  }
}

extension CellBuffer {
  /// Everything drawn, as one string.
  var text: String { lines.joined(separator: "\n") }
}
