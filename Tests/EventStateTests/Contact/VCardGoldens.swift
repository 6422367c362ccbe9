import EventState
import Foundation

/// The golden cards and their expected `.vcf` files, written out by hand byte for byte (CRLF line
/// ends, folding at 75 octets, `\n`, `\,`, `\;` and `\\` escapes) in Fixtures/vcards.
enum VCardGoldens {
  /// The text of Fixtures/vcards/`name`.vcf (a text no vCard equals when the file is missing).
  static func golden(_ name: String) -> String {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let data = try? Data(contentsOf: folder.appendingPathComponent("vcards/\(name).vcf")),
      let text = String(data: data, encoding: .utf8)
    else { return "the golden file Fixtures/vcards/\(name).vcf is missing" }
    return text
  }

  static let amara = DisplayCard(
    id: "roster:2", name: "Amara Okafor", title: "Founder & CEO", company: "Lagos Cleantech",
    topics: ["Founders", "For investors"], offer: "Introductions to solar installers in West Africa",
    seek: "Seed investors who know hardware", contact: "amara@lagoscleantech.example")

  static let amaraVCF = golden("amara")

  /// Commas in the offer and in a topic, a web address.
  static let fatima = DisplayCard(
    id: "roster:24", name: "Fatima Zahra Benali", title: "Investment Manager", company: "Atlas Impact",
    topics: ["For investors", "Funds, grants & loans"], offer: "Term sheets, cap tables and fundraising advice",
    seek: "Pre-seed B2B climate startups", contact: "https://atlas-impact.example/fatima")

  static let fatimaVCF = golden("fatima")

  /// Semicolons, a backslash, an international phone number, no offer.
  static let jonas = DisplayCard(
    id: "card:7", name: "Jonas Weiß", title: "Partner \\ Counsel", company: "Weiß & Kern; Rechtsanwälte",
    topics: ["Legal; IP"], seek: "Founders who need counsel", contact: "+49 30 1234 567", isPinned: true)

  static let jonasVCF = golden("jonas")

  /// Chinese text long enough to fold between three-octet characters.
  static let jing = DisplayCard(
    id: "roster:5", name: "陈静", title: "产品负责人", company: "电网脉冲科技有限公司", topics: ["设计", "创始人"],
    offer: "能源仪表盘的用户研究，以及如何把复杂的电网数据讲给普通用户听", seek: "一位资深的产品设计师",
    contact: "https://gridpulse.example/jing")

  static let jingVCF = golden("jing")

  /// A contact of no known shape goes into the note; nothing else was given.
  static let handle = DisplayCard(id: "card:9", name: "Noor", contact: "@noor on Signal", isPinned: true)

  static let handleVCF = golden("handle")
}
