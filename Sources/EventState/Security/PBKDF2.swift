/// PBKDF2 (RFC 8018) with HMAC-SHA256 as the pseudorandom function.
public enum PBKDF2 {
  /// Derives `length` bytes from `password` and `salt` with `iterations` rounds (at least 1).
  public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
    let mac = HMACSHA256(key: password)
    var output: [UInt8] = []
    var blockIndex: UInt32 = 1
    while output.count < length {
      let indexBytes = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: blockIndex >> UInt32($0)) }
      let first = SHA256.words(of: mac.authenticate(salt + indexBytes))
      output += SHA256.bytes(of: xorOfRounds(startingWith: first, mac: mac, iterations: iterations))
        .prefix(length - output.count)
      blockIndex += 1
    }
    return output
  }

  /// U1 ^ U2 ^ … ^ Uc, where U1 = `first` and each U is the MAC of the one before.
  private static func xorOfRounds(startingWith first: [UInt32], mac: HMACSHA256, iterations: Int) -> [UInt32] {
    var block = first
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8 + 64 + 8) { scratch in
      let u = scratch.baseAddress!
      let schedule = u + 8
      let state = u + 72
      for i in 0..<8 { u[i] = first[i] }
      block.withUnsafeMutableBufferPointer { sum in
        var round = 1
        while round < iterations {
          mac.authenticateDigest(u, schedule: schedule, state: state)
          for i in 0..<8 { sum[i] ^= u[i] }
          round += 1
        }
      }
    }
    return block
  }
}
