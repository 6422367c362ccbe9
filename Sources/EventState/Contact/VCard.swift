/// The vCard 4.0 (RFC 6350) of a card whose owner shared their contact: what a phone saves when it
/// scans the card's QR code, and one entry of the `.vcf` export.
///
/// ```
/// BEGIN:VCARD
/// VERSION:4.0
/// FN:Amara Okafor
/// N:Okafor;Amara;;;
/// ORG:Lagos Cleantech
/// TITLE:Founder & CEO
/// EMAIL:amara@lagoscleantech.example
/// NOTE:Can help: Introductions to solar installers\nLooking for: Seed investors
/// CATEGORIES:Founders,For investors
/// END:VCARD
/// ```
/// The contact becomes EMAIL, TEL or URL by its shape (see `ContactShape`); a contact of no known
/// shape goes into the NOTE as "Contact: …". Empty fields are left out. Text is UTF-8, lines end in
/// CRLF, values are escaped (`VCardText`) and long lines folded (`VCardFolding`).
public struct VCard: Sendable, Hashable {
  /// How much of the card goes in.
  public enum Detail: Sendable, Hashable {
    /// Everything: name, organisation, title, contact, offer and seek, topics.
    case full
    /// Name, organisation, title and contact only: a smaller QR code for small screens.
    case essentials
  }

  /// The content lines, unfolded and without line ends, in order.
  public let lines: [String]

  /// The vCard of `card` at `detail`, or nil when its owner did not share a contact: nothing else is
  /// ever put into a vCard.
  public init?(card: DisplayCard, detail: Detail = .full) {
    guard let contact = card.contact, !contact.isEmpty else { return nil }
    var lines = ["BEGIN:VCARD", "VERSION:4.0"]
    lines.append("FN:" + VCardText.escaped(card.name.isEmpty ? contact : card.name))
    lines.append("N:" + StructuredName(card.name).value)
    if !card.company.isEmpty { lines.append("ORG:" + VCardText.escaped(card.company)) }
    if !card.title.isEmpty { lines.append("TITLE:" + VCardText.escaped(card.title)) }
    var note: [String] = []
    switch ContactShape(contact) {
    case .email(let address): lines.append("EMAIL:" + VCardText.escaped(address))
    case .phone(let number): lines.append(Self.telephone(number))
    case .url(let url): lines.append("URL:" + url)
    case .other(let text): note.append("Contact: " + text)
    }
    if detail == .full, !card.offer.isEmpty { note.append("Can help: " + card.offer) }
    if detail == .full, !card.seek.isEmpty { note.append("Looking for: " + card.seek) }
    if !note.isEmpty { lines.append("NOTE:" + VCardText.escaped(note.joined(separator: "\n"))) }
    let topics = detail == .full ? card.topics.filter { !$0.isEmpty } : []
    if !topics.isEmpty { lines.append("CATEGORIES:" + VCardText.list(topics)) }
    lines.append("END:VCARD")
    self.lines = lines
  }

  /// The vCard as a file: each line folded, CRLF line ends, UTF-8 when written out.
  public var text: String { lines.map(VCardFolding.folded).joined() }

  /// The TEL line: an international number as a `tel:` URI (RFC 3966, spaces and slashes written
  /// as `-`), a local number, which has no global form, as text.
  static func telephone(_ number: String) -> String {
    guard number.hasPrefix("+") else { return "TEL:" + VCardText.escaped(number) }
    var uri = ""
    for character in number {
      let mapped: Character = character == " " || character == "/" ? "-" : character
      if mapped == "-", uri.last == "-" { continue }
      uri.append(mapped)
    }
    return "TEL;VALUE=uri:tel:" + uri
  }
}
