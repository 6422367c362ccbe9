/// HMAC-SHA256 (RFC 2104) with the key's padded blocks compressed once, so repeated MACs under one key
/// (as PBKDF2 does) cost two block compressions each.
public struct HMACSHA256: Sendable {
  /// Chaining words after the key XOR ipad block.
  private let inner: [UInt32]
  /// Chaining words after the key XOR opad block.
  private let outer: [UInt32]

  /// Prepares MACs under `key` (keys longer than a block are hashed first, as the RFC says).
  public init(key: [UInt8]) {
    var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
    block += [UInt8](repeating: 0, count: SHA256.blockSize - block.count)
    inner = SHA256.compressing(block.map { $0 ^ 0x36 }, into: SHA256.initialState)
    outer = SHA256.compressing(block.map { $0 ^ 0x5c }, into: SHA256.initialState)
  }

  /// The 32-byte MAC of `message`.
  public func authenticate(_ message: [UInt8]) -> [UInt8] {
    let innerDigest = SHA256.digest(message, from: inner, previousLength: SHA256.blockSize)
    let outerDigest = SHA256.digest(SHA256.bytes(of: innerDigest), from: outer, previousLength: SHA256.blockSize)
    return SHA256.bytes(of: outerDigest)
  }

  /// The MAC of `message` under `key`, in one call.
  public static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
    HMACSHA256(key: key).authenticate(message)
  }

  /// Replaces the eight words at `digest` (a 32-byte message) by their MAC, without allocating.
  /// `schedule` is scratch for 64 words, `state` for 8.
  func authenticateDigest(
    _ digest: UnsafeMutablePointer<UInt32>, schedule: UnsafeMutablePointer<UInt32>, state: UnsafeMutablePointer<UInt32>
  ) {
    round(from: inner, message: digest, schedule: schedule, state: state)
    round(from: outer, message: state, schedule: schedule, state: state)
    for i in 0..<8 { digest[i] = state[i] }
  }

  /// Hashes the 8-word `message` after one block already compressed into `chaining`; result in `state`.
  private func round(
    from chaining: [UInt32], message: UnsafeMutablePointer<UInt32>, schedule: UnsafeMutablePointer<UInt32>,
    state: UnsafeMutablePointer<UInt32>
  ) {
    for i in 0..<8 { schedule[i] = message[i] }
    // Padding of a 32-byte message that follows one key block: 0x80, zeros, the length (96 bytes) in bits.
    schedule[8] = 0x8000_0000
    for i in 9..<15 { schedule[i] = 0 }
    schedule[15] = UInt32(SHA256.blockSize + SHA256.digestSize) * 8
    for i in 0..<8 { state[i] = chaining[i] }
    SHA256.compress(state, schedule: schedule)
  }
}
