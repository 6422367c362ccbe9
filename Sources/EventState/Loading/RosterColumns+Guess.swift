extension RosterColumns {
  /// A field for a custom question, from its wording (`header` normalized); nil when nothing fits.
  ///
  /// The rules are tried in order and the first whose phrases the question contains decides, so that
  /// where two readings meet the safer or more specific one wins:
  /// - questions about private, practical or third-party matters (an emergency contact, dietary or
  ///   accessibility needs, sponsors, newsletters, being photographed) are never guessed;
  /// - the two consent questions come next: a consent column whose answers are not yes or no reads as no;
  /// - then permission to contact or photograph someone (a yes/no answer must not become an email,
  ///   a phone number or a contact);
  /// - then role-and-company, and what someone seeks before what they offer ("What help are you
  ///   looking for?" is a seek), before the plainer fields.
  static func guess(_ header: String) -> RosterField? {
    guessRules.first { $0.matches(header) }?.field
  }

  /// One reading of a custom question.
  private struct GuessRule {
    /// What the question fills; nil when such a question must not be guessed at all.
    var field: RosterField?
    /// The question matches when it contains one of these…
    var phrases: [String]
    /// …and, when there are any, one of these as well.
    var alongside: [String] = []

    /// Whether `header` (normalized) reads this way.
    func matches(_ header: String) -> Bool {
      phrases.contains { header.contains($0) } && (alongside.isEmpty || alongside.contains { header.contains($0) })
    }
  }

  private static let roleWords = ["role", "title", "position", "job"]
  private static let companyWords = ["company", "organization", "organisation", "employer", "startup", "affiliation"]

  private static let guessRules: [GuessRule] = [
    GuessRule(
      field: nil,
      phrases: [
        "emergency", "diet", "allerg", "accessib", "disabilit", "wheelchair", "accommodat", "medical", "pronoun",
        "gender", "shirt", "size", "sponsor", "third part", "newsletter", "mailing list", "marketing", "subscribe",
        "updates", "photograph", "filmed", "recorded", "video", "hear about", "invoice", "receipt", "billing",
        "home address", "postal", "street", "shipping", "username", "user name", "team name", "project name",
        "product name", "ticket name",
      ]),
    GuessRule(field: .shareContact, phrases: ["save", "share", "scan", "copy", "exchange"], alongside: ["contact"]),
    GuessRule(
      field: .showCard, phrases: ["show", "display", "appear", "feature"],
      alongside: ["screen", "profile", "wall", "kiosk", "monitor", "projector"]),
    GuessRule(
      field: nil,
      phrases: [
        "may we", "can we contact", "can we email", "can we call", "can we text", "can we send", "us to contact",
        "us to email", "us to call", "us to text", "us to send", "consent", "agree", "permission", "opt in", "opt-in",
        "is it ok", "are you ok", "okay to", "okay with", "happy for us", "release",
      ]),
    GuessRule(field: .roleAndCompany, phrases: roleWords, alongside: companyWords),
    GuessRule(
      field: .seek,
      phrases: [
        "looking for", "seek", "searching for", "to meet", "in meeting", "introduce you to", "introduction to",
        "introductions to", "help you", "what do you need", "help do you need", "need help", "you need most",
        "need from", "in need of", "could use", "your ask", "to find", "to learn",
      ]),
    GuessRule(
      field: .offer,
      phrases: ["help", "offer", "expertise", "skills", "bring to", "contribute", "can you share", "teach"]),
    GuessRule(field: .topics, phrases: ["topic", "interest"]),
    GuessRule(field: .photo, phrases: ["photo", "picture", "avatar", "headshot", "image"]),
    GuessRule(field: .url, phrases: ["linkedin", "website", "web site", "url", "homepage", "home page", "portfolio"]),
    GuessRule(field: .email, phrases: ["e-mail", "email"]),
    GuessRule(field: .phone, phrases: ["phone", "mobile", "whatsapp"]),
    GuessRule(field: .title, phrases: roleWords + ["occupation"]),
    GuessRule(field: .company, phrases: companyWords + ["institution", "university"]),
    GuessRule(field: .contact, phrases: ["contact", "reach you", "get in touch"]),
    GuessRule(field: .firstName, phrases: ["first name", "firstname", "given name", "forename"]),
    GuessRule(field: .lastName, phrases: ["last name", "lastname", "surname", "family name"]),
    GuessRule(field: .name, phrases: ["name"]),
  ]
}
