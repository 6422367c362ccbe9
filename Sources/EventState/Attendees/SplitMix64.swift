import Foundation

/// A small seeded random number generator (SplitMix64). The kiosk state carries one, so that ids and
/// personal codes are made inside the pure reducer: the seed comes in from outside, like the time.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A random identifier in UUID form, for store rows and mutations.
  public mutating func identifier() -> String {
    let a = next(), b = next()
    let hex = String(format: "%016llx%016llx", a, b)
    let c = Array(hex)
    return "\(String(c[0..<8]))-\(String(c[8..<12]))-\(String(c[12..<16]))-\(String(c[16..<20]))-\(String(c[20..<32]))"
  }
}
