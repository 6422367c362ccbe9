/// The short personal code shown after pinning a card: 4 capital letters from an alphabet without
/// look-alikes (no I/1, O/0, S/5, Z/2, B/8, G/6, Q), for editing or removing the card later with `r`.
public enum PersonalCode {
  /// The letters a code is made of.
  public static let alphabet = Array("ACDEFHJKLMNPRTUVWXY")
  /// Letters in a code.
  public static let length = 4

  /// A new code that none of `taken` uses.
  public static func make(using random: inout SplitMix64, avoiding taken: Set<String>) -> String {
    while true {
      let code = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      if !taken.contains(code) { return code }
    }
  }

  /// `typed` as a code: upper case, only alphabet letters; nil when it cannot be one.
  public static func normalize(_ typed: String) -> String? {
    let upper = typed.uppercased().filter { !$0.isWhitespace }
    guard upper.count == length, upper.allSatisfy({ alphabet.contains($0) }) else { return nil }
    return upper
  }
}
