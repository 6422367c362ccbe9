/// Splits bytes written to a terminal into what a terminal would see: runs of text, single control
/// characters and escape sequences (ECMA-48: CSI, OSC, DCS, SOS, PM, APC and the short ESC forms).
enum TerminalOutputScanner {
  /// The kind of an escape sequence.
  enum Kind: String, CaseIterable {
    /// `ESC [` parameters, intermediates, final byte.
    case csi = "CSI"
    /// `ESC ]` … BEL or ST.
    case osc = "OSC"
    /// `ESC P` … ST.
    case dcs = "DCS"
    /// `ESC X` … ST.
    case sos = "SOS"
    /// `ESC ^` … ST.
    case pm = "PM"
    /// `ESC _` … ST.
    case apc = "APC"
    /// `ESC` with intermediates (`ESC ( B`) or a single final byte (`ESC 7`, `ESC =`).
    case escape = "ESC"
    /// An ESC not followed by a complete sequence.
    case malformed = "malformed"
  }

  /// One piece of terminal output.
  enum Token: Equatable {
    /// Bytes that are neither controls nor part of a sequence (UTF-8 text, if all is well).
    case text([UInt8])
    /// A C0 control other than ESC, or DEL.
    case control(UInt8)
    /// An escape sequence with all its bytes.
    case sequence(Kind, [UInt8])
  }

  /// The tokens of `bytes`, in order.
  static func tokens(_ bytes: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    var text: [UInt8] = []
    var index = 0
    func flushText() {
      if !text.isEmpty { tokens.append(.text(text)) }
      text = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x1B {
        flushText()
        let (kind, end) = sequence(in: bytes, at: index)
        tokens.append(.sequence(kind, Array(bytes[index..<end])))
        index = end
      } else if byte < 0x20 || byte == 0x7F {
        flushText()
        tokens.append(.control(byte))
        index += 1
      } else {
        text.append(byte)
        index += 1
      }
    }
    flushText()
    return tokens
  }

  /// The kind and end (exclusive) of the escape sequence starting at `start` (an ESC).
  static func sequence(in bytes: [UInt8], at start: Int) -> (Kind, Int) {
    guard start + 1 < bytes.count else { return (.malformed, start + 1) }
    let introducer = bytes[start + 1]
    switch introducer {
    case UInt8(ascii: "["):
      var end = start + 2
      while end < bytes.count, (0x30...0x3F).contains(bytes[end]) { end += 1 }
      while end < bytes.count, (0x20...0x2F).contains(bytes[end]) { end += 1 }
      guard end < bytes.count, (0x40...0x7E).contains(bytes[end]) else { return (.malformed, end) }
      return (.csi, end + 1)
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
      let kinds: [UInt8: Kind] = [0x5D: .osc, 0x50: .dcs, 0x58: .sos, 0x5E: .pm, 0x5F: .apc]
      return (kinds[introducer]!, stringEnd(in: bytes, from: start + 2, bellEnds: introducer == 0x5D))
    case 0x20...0x2F:
      var end = start + 1
      while end < bytes.count, (0x20...0x2F).contains(bytes[end]) { end += 1 }
      guard end < bytes.count, (0x30...0x7E).contains(bytes[end]) else { return (.malformed, end) }
      return (.escape, end + 1)
    case 0x30...0x7E:
      return (.escape, start + 2)
    default:
      return (.malformed, start + 1)
    }
  }

  /// End (exclusive) of a control string starting at `from`: after ST (`ESC \`), or BEL for OSC, or the
  /// end of the bytes.
  static func stringEnd(in bytes: [UInt8], from: Int, bellEnds: Bool) -> Int {
    var index = from
    while index < bytes.count {
      if bellEnds && bytes[index] == 0x07 { return index + 1 }
      if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == 0x5C { return index + 2 }
      index += 1
    }
    return bytes.count
  }
}
