import EventState

/// The expected `.vcf` text of the golden cards, written out by hand. Each literal's line breaks
/// stand for CRLF (see `crlf`); `\n`, `\,`, `\;` and `\\` are the vCard's own escapes.
enum VCardGoldens {
  /// `text` with every line break written as CRLF.
  static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n" }

  static let amara = DisplayCard(
    id: "roster:2", name: "Amara Okafor", title: "Founder & CEO", company: "Lagos Cleantech",
    topics: ["Founders", "For investors"], offer: "Introductions to solar installers in West Africa",
    seek: "Seed investors who know hardware", contact: "amara@lagoscleantech.example")

  static let amaraVCF = crlf(#"""
    BEGIN:VCARD
    VERSION:4.0
    FN:Amara Okafor
    N:Okafor;Amara;;;
    ORG:Lagos Cleantech
    TITLE:Founder & CEO
    EMAIL:amara@lagoscleantech.example
    NOTE:Can help: Introductions to solar installers in West Africa\nLooking fo
     r: Seed investors who know hardware
    CATEGORIES:Founders,For investors
    END:VCARD
    """#)

  /// Commas in the offer and in a topic, a web address.
  static let fatima = DisplayCard(
    id: "roster:24", name: "Fatima Zahra Benali", title: "Investment Manager", company: "Atlas Impact",
    topics: ["For investors", "Funds, grants & loans"], offer: "Term sheets, cap tables and fundraising advice",
    seek: "Pre-seed B2B climate startups", contact: "https://atlas-impact.example/fatima")

  static let fatimaVCF = crlf(#"""
    BEGIN:VCARD
    VERSION:4.0
    FN:Fatima Zahra Benali
    N:Benali;Fatima;Zahra;;
    ORG:Atlas Impact
    TITLE:Investment Manager
    URL:https://atlas-impact.example/fatima
    NOTE:Can help: Term sheets\, cap tables and fundraising advice\nLooking for
     : Pre-seed B2B climate startups
    CATEGORIES:For investors,Funds\, grants & loans
    END:VCARD
    """#)

  /// Semicolons, a backslash, an international phone number, no offer.
  static let jonas = DisplayCard(
    id: "card:7", name: "Jonas Weiß", title: "Partner \\ Counsel", company: "Weiß & Kern; Rechtsanwälte",
    topics: ["Legal; IP"], seek: "Founders who need counsel", contact: "+49 30 1234 567", isPinned: true)

  static let jonasVCF = crlf(#"""
    BEGIN:VCARD
    VERSION:4.0
    FN:Jonas Weiß
    N:Weiß;Jonas;;;
    ORG:Weiß & Kern\; Rechtsanwälte
    TITLE:Partner \\ Counsel
    TEL;VALUE=uri:tel:+49-30-1234-567
    NOTE:Looking for: Founders who need counsel
    CATEGORIES:Legal\; IP
    END:VCARD
    """#)

  /// Chinese text long enough to fold between three-octet characters.
  static let jing = DisplayCard(
    id: "roster:5", name: "陈静", title: "产品负责人", company: "电网脉冲科技有限公司", topics: ["设计", "创始人"],
    offer: "能源仪表盘的用户研究，以及如何把复杂的电网数据讲给普通用户听", seek: "一位资深的产品设计师",
    contact: "https://gridpulse.example/jing")

  static let jingVCF = crlf(#"""
    BEGIN:VCARD
    VERSION:4.0
    FN:陈静
    N:;陈静;;;
    ORG:电网脉冲科技有限公司
    TITLE:产品负责人
    URL:https://gridpulse.example/jing
    NOTE:Can help: 能源仪表盘的用户研究，以及如何把复杂的电
     网数据讲给普通用户听\nLooking for: 一位资深的产品设计
     师
    CATEGORIES:设计,创始人
    END:VCARD
    """#)

  /// A contact of no known shape goes into the note; nothing else was given.
  static let handle = DisplayCard(id: "card:9", name: "Noor", contact: "@noor on Signal", isPinned: true)

  static let handleVCF = crlf(#"""
    BEGIN:VCARD
    VERSION:4.0
    FN:Noor
    N:;Noor;;;
    NOTE:Contact: @noor on Signal
    END:VCARD
    """#)
}
