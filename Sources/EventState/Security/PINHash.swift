/// A moderator PIN stored as a salted, stretched hash (never the PIN itself).
///
/// Written in event.toml as `pin_hash = "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"`: PBKDF2 with
/// HMAC-SHA256, a random 16-byte salt and a 32-byte derived key.
public struct PINHash: Sendable, Hashable {
  /// PBKDF2 rounds used to derive `hash`.
  public var iterations: Int
  /// Random bytes mixed into the hash so equal PINs hash differently.
  public var salt: [UInt8]
  /// The derived key.
  public var hash: [UInt8]

  /// A hash from its parts, as stored.
  public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// Rounds for new hashes, chosen so that a PIN check takes at most about 0.3 s in a debug build: on
  /// the 2-core development machine 100,000 rounds took 0.6–0.9 s there, 30,000 take 0.2–0.27 s (and a
  /// few hundredths of a second in a release build).
  public static let defaultIterations = 30_000
  /// The largest round count accepted from a file (a typo must not freeze the kiosk on every check).
  public static let maximumIterations = 1_000_000
  /// Prefix naming the algorithm in the encoded form.
  public static let scheme = "pbkdf2-sha256"

  /// Hashes `pin` with a fresh random salt (or the given one) and `iterations` rounds.
  public static func make(pin: String, salt: [UInt8] = randomSalt(), iterations: Int = defaultIterations) -> PINHash {
    let rounds = max(1, iterations)
    return PINHash(iterations: rounds, salt: salt, hash: derive(pin, salt: salt, iterations: rounds, length: 32))
  }

  /// 16 random bytes from the system's generator.
  public static func randomSalt() -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
  }

  /// Reads `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`; nil when the text is not in that form, the
  /// round count is outside 1…`maximumIterations`, or the salt or hash is empty.
  public init?(encoded: String) {
    let parts = encoded.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == Self.scheme,
      parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let rounds = Int(parts[1]),
      (1...Self.maximumIterations).contains(rounds),
      let salt = Hex.decode(parts[2]), !salt.isEmpty,
      let hash = Hex.decode(parts[3]), !hash.isEmpty
    else { return nil }
    self.init(iterations: rounds, salt: salt, hash: hash)
  }

  /// The form written to event.toml.
  public var encoded: String {
    "\(Self.scheme)$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
  }

  /// Whether `pin` is the PIN this hash was made from. The comparison takes the same time wherever the
  /// bytes differ.
  public func verify(_ pin: String) -> Bool {
    let candidate = Self.derive(pin, salt: salt, iterations: iterations, length: hash.count)
    var difference: UInt8 = 0
    for (a, b) in zip(candidate, hash) { difference |= a ^ b }
    return difference == 0 && candidate.count == hash.count
  }

  /// Why `pin` cannot be a moderator PIN, or nil when it can (4 to 8 digits 0–9).
  public static func validate(pin: String) -> String? {
    guard pin.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
      return "the PIN must consist of digits 0-9 only"
    }
    guard (4...8).contains(pin.unicodeScalars.count) else { return "the PIN must have 4 to 8 digits" }
    return nil
  }

  private static func derive(_ pin: String, salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
    PBKDF2.sha256(password: Array(pin.utf8), salt: salt, iterations: iterations, length: length)
  }
}
