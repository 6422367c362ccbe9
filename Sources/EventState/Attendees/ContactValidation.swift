import Foundation

/// Checks a contact typed at the kiosk: an email address, a phone number or a web address.
public enum ContactValidation {
  /// What kind of contact a text is.
  public enum Kind: Sendable, Hashable {
    case email, phone, url
  }

  /// The kind of `text`, or nil when it is none of them.
  public static func kind(of text: String) -> Kind? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if isEmail(t) { return .email }
    if isURL(t) { return .url }
    if isPhone(t) { return .phone }
    return nil
  }

  /// Why `text` is not a usable contact, in words for the person typing; nil when it is fine.
  public static func problem(with text: String) -> String? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if t.isEmpty || kind(of: t) != nil { return nil }
    if t.contains("@") { return "That email address looks incomplete: it needs a name, @ and a domain like example.com." }
    if t.first.map({ $0 == "+" || $0.isNumber }) == true {
      return "A phone number needs at least 6 digits; only digits, spaces, +, - and ( ) are allowed."
    }
    return "Type an email (name@example.com), a phone number (+49 30 1234567) or a web address (https://…)."
  }

  static func isEmail(_ t: String) -> Bool {
    let parts = t.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !t.contains(" ") else { return false }
    let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty } && (domain.last?.count ?? 0) >= 2
  }

  static func isURL(_ t: String) -> Bool {
    let lower = t.lowercased()
    var rest = Substring(lower)
    if lower.hasPrefix("https://") { rest = rest.dropFirst(8) } else if lower.hasPrefix("http://") { rest = rest.dropFirst(7) } else if lower.hasPrefix("www.") {
      rest = Substring(lower)
    } else {
      return false
    }
    guard !t.contains(" ") else { return false }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
  }

  static func isPhone(_ t: String) -> Bool {
    let allowed = Set("+0123456789 -()/.")
    guard t.allSatisfy({ allowed.contains($0) }) else { return false }
    if let plus = t.firstIndex(of: "+"), plus != t.startIndex { return false }
    return t.filter(\.isNumber).count >= 6
  }
}
