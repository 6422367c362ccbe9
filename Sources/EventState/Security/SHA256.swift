/// SHA-256 (FIPS 180-4), written here because no crypto library is available to the project.
///
/// Only what PIN hashing needs: one-shot digests of byte arrays, and the block function on words that
/// HMAC and PBKDF2 call directly so that a stretched hash allocates nothing in its inner loop.
public enum SHA256 {
  /// Size of a digest in bytes.
  public static let digestSize = 32
  /// Size of one input block in bytes.
  public static let blockSize = 64

  /// The 32-byte digest of `message`.
  public static func hash(_ message: [UInt8]) -> [UInt8] {
    bytes(of: digest(message, from: initialState, previousLength: 0))
  }

  /// The chaining words before any block is processed.
  static let initialState: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]

  /// The final chaining words of a message whose first `previousLength` bytes (whole blocks) were already
  /// compressed into `state`, and whose remaining bytes are `tail`.
  static func digest(_ tail: [UInt8], from state: [UInt32], previousLength: Int) -> [UInt32] {
    var padded = tail + [0x80]
    padded += [UInt8](repeating: 0, count: (blockSize + 56 - padded.count % blockSize) % blockSize)
    let bitLength = UInt64(previousLength + tail.count) &* 8
    padded += (0..<8).map { UInt8(truncatingIfNeeded: bitLength >> UInt64(56 - 8 * $0)) }
    return compressing(padded, into: state)
  }

  /// `state` after compressing `bytes`, whose count must be a multiple of `blockSize`.
  static func compressing(_ bytes: [UInt8], into state: [UInt32]) -> [UInt32] {
    var state = state
    var schedule = [UInt32](repeating: 0, count: 64)
    state.withUnsafeMutableBufferPointer { h in
      schedule.withUnsafeMutableBufferPointer { w in
        var offset = 0
        while offset + blockSize <= bytes.count {
          for (i, word) in words(of: Array(bytes[offset..<offset + blockSize])).enumerated() { w[i] = word }
          compress(h.baseAddress!, schedule: w.baseAddress!)
          offset += blockSize
        }
      }
    }
    return state
  }

  /// Big-endian bytes of digest words.
  static func bytes(of words: [UInt32]) -> [UInt8] {
    words.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
  }

  /// Big-endian words of bytes (the count must be a multiple of 4).
  static func words(of bytes: [UInt8]) -> [UInt32] {
    stride(from: 0, to: bytes.count, by: 4).map { at in
      let high = UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16
      return high | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }
  }

  /// Processes one block into the eight words at `state`. The block's 16 message words are at
  /// `schedule`, which must have room for 64 words (it is extended in place).
  static func compress(_ state: UnsafeMutablePointer<UInt32>, schedule w: UnsafeMutablePointer<UInt32>) {
    var i = 16
    while i < 64 {
      let x = w[i - 15]
      let y = w[i - 2]
      let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
      let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
      w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      i += 1
    }
    var a = state[0]
    var b = state[1]
    var c = state[2]
    var d = state[3]
    var e = state[4]
    var f = state[5]
    var g = state[6]
    var h = state[7]
    roundConstants.withUnsafeBufferPointer { k in
      var i = 0
      while i < 64 {
        let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
        let t1 = h &+ s1 &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
        let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
        let t2 = s0 &+ ((a & b) ^ (a & c) ^ (b & c))
        h = g
        g = f
        f = e
        e = d &+ t1
        d = c
        c = b
        b = a
        a = t1 &+ t2
        i += 1
      }
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
    state[5] &+= f
    state[6] &+= g
    state[7] &+= h
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
