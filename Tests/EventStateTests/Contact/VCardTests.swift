import EventState
import Testing

/// The vCard 4.0 of a card whose owner shared a contact, against hand-written golden files.
@Suite struct VCardTests {
  @Test(arguments: [
    (VCardGoldens.amara, VCardGoldens.amaraVCF),
    (VCardGoldens.fatima, VCardGoldens.fatimaVCF),
    (VCardGoldens.jonas, VCardGoldens.jonasVCF),
    (VCardGoldens.jing, VCardGoldens.jingVCF),
    (VCardGoldens.handle, VCardGoldens.handleVCF),
  ])
  func matchesTheGoldenFile(card: DisplayCard, golden: String) throws {
    let vCard = try #require(VCard(card: card))
    #expect(vCard.text == golden)
  }

  @Test func noContactNoVCard() {
    var card = VCardGoldens.amara
    card.contact = nil
    #expect(VCard(card: card) == nil)
    card.contact = ""
    #expect(VCard(card: card) == nil)
  }

  @Test func everyLineEndsInCRLFAndNoPhysicalLineExceeds75Octets() throws {
    for card in [VCardGoldens.amara, VCardGoldens.fatima, VCardGoldens.jonas, VCardGoldens.jing] {
      let text = try #require(VCard(card: card)).text
      #expect(text.hasSuffix("\r\n"))
      let lines = text.components(separatedBy: "\r\n").dropLast()
      #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
      #expect(Array(lines.prefix(2)) == ["BEGIN:VCARD", "VERSION:4.0"])
      #expect(lines.last == "END:VCARD")
    }
  }

  @Test func aLineBreakInAFieldIsEscaped() throws {
    var card = VCardGoldens.handle
    card.offer = "Pitch decks\nand intros"
    let vCard = try #require(VCard(card: card))
    #expect(vCard.lines.contains("NOTE:Contact: @noor on Signal\\nCan help: Pitch decks\\nand intros"))
  }

  @Test func aLocalPhoneNumberStaysText() throws {
    var card = VCardGoldens.handle
    card.contact = "030 1234567"
    #expect(try #require(VCard(card: card)).lines.contains("TEL:030 1234567"))
  }

  @Test func withoutANameTheContactNamesTheCard() throws {
    let card = DisplayCard(id: "card:1", name: "", contact: "someone@example.org")
    let lines = try #require(VCard(card: card)).lines
    #expect(lines.contains("FN:someone@example.org"))
    #expect(lines.contains("N:;;;;"))
  }

  @Test func theEssentialsLeaveOutOfferSeekAndTopics() throws {
    let essentials = try #require(VCard(card: VCardGoldens.amara, detail: .essentials))
    #expect(essentials.lines == [
      "BEGIN:VCARD", "VERSION:4.0", "FN:Amara Okafor", "N:Okafor;Amara;;;", "ORG:Lagos Cleantech", "TITLE:Founder & CEO",
      "EMAIL:amara@lagoscleantech.example", "END:VCARD",
    ])
    let handle = try #require(VCard(card: VCardGoldens.handle, detail: .essentials))
    #expect(handle.lines.contains("NOTE:Contact: @noor on Signal"), "a contact kept in the note is still the contact")
  }

  @Test func theTextIsValidUTF8() throws {
    let text = try #require(VCard(card: VCardGoldens.jing)).text
    #expect(String(validating: Array(text.utf8), as: UTF8.self) == text)
  }
}
