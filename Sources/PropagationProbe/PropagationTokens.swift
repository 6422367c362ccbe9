import EventState

/// The texts the propagation suite and benchmark announce: random capital consonants (never a word, nothing
/// the event shows), each token different from the one before in every position and without two
/// equal letters side by side. ncurses rewrites only the cells that changed and may send a run of
/// one letter as the letter and a repeat count (`rep`), so only such a token reaches the terminal as
/// one unbroken run of bytes when it replaces the previous one in the banner.
public struct PropagationTokens: Sendable {
  /// The letters tokens are made of.
  public static let letters = Array("BCDFGHJKLMNPQRSTVWXZ")
  /// Letters in a token.
  public static let length = 12

  private var random: SplitMix64
  private var previous: [Character] = []

  /// Tokens drawn from `seed`.
  public init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  /// The next token.
  public mutating func next() -> String {
    var token: [Character] = []
    for position in 0..<Self.length {
      let taken = [token.last, previous.indices.contains(position) ? previous[position] : nil]
      let allowed = Self.letters.filter { !taken.contains($0) }
      token.append(allowed[Int.random(in: 0..<allowed.count, using: &random)])
    }
    previous = token
    return String(token)
  }
}
