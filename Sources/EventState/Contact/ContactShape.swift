/// What a shared contact is, judged from its shape, so a vCard can file it as EMAIL, TEL or URL.
public enum ContactShape: Sendable, Hashable {
  /// An email address (a `mailto:` prefix removed).
  case email(String)
  /// A phone number: only digits, spaces and `+ - . ( ) /`, with at least five digits (a `tel:`
  /// prefix removed).
  case phone(String)
  /// A web address: `http(s)://…` as given, or a bare address like `example.org/me` with `https://`
  /// in front.
  case url(String)
  /// Anything else (a handle, a sentence): kept as text.
  case other(String)

  /// The shape of `contact` (sanitized, one line).
  public init(_ contact: String) {
    let text = contact.trimmingSpaces
    if let address = Self.email(in: text) {
      self = .email(address)
    } else if let number = Self.phone(in: text) {
      self = .phone(number)
    } else if let url = Self.url(in: text) {
      self = .url(url)
    } else {
      self = .other(text)
    }
  }

  /// `text` as an email address: one `@` with something before it and a dotted domain after it, no
  /// spaces.
  static func email(in text: String) -> String? {
    let address = text.droppingPrefix("mailto:")
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !address.contains(" ") else { return nil }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return nil }
    return address
  }

  /// `text` as a phone number.
  static func phone(in text: String) -> String? {
    let number = text.droppingPrefix("tel:")
    let allowed = Set("0123456789 +-.()/")
    guard !number.isEmpty, number.allSatisfy(allowed.contains) else { return nil }
    guard number.filter(\.isNumber).count >= 5, !number.dropFirst().contains("+") else { return nil }
    return number
  }

  /// `text` as a web address.
  static func url(in text: String) -> String? {
    guard !text.contains(" "), !text.contains("@") || text.contains("/") else { return nil }
    for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
      return text.count > scheme.count ? text : nil
    }
    let host = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let top = labels.last,
      top.count >= 2, top.allSatisfy(\.isLetter)
    else { return nil }
    return "https://" + text
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
    return String(self[first...last])
  }

  /// The string without `prefix`, compared without case.
  fileprivate func droppingPrefix(_ prefix: String) -> String {
    lowercased().hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
