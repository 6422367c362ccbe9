/// A moderator PIN stored as a salted, stretched hash (never the PIN itself).
///
/// Written in event.toml as `pin_hash = "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"`.
public struct PINHash: Sendable, Hashable {
  public var iterations: Int
  public var salt: [UInt8]
  public var hash: [UInt8]

  public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }
}
