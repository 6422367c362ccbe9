import Foundation

/// Reads a secret from the controlling terminal (/dev/tty) without showing it: every character typed
/// shows as `*`; Backspace erases one, Ctrl-U all, Enter ends, Ctrl-C or Ctrl-D cancels. Keys that
/// send escape sequences (arrows) are ignored. The terminal's settings are restored before returning.
enum MaskedInput {
  /// Shows `prompt` on the terminal and reads the answer; nil when there is no terminal or the answer
  /// was cancelled.
  static func read(prompt: String) -> String? {
    let terminal = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard terminal >= 0 else { return nil }
    defer { close(terminal) }
    var saved = termios()
    guard tcgetattr(terminal, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    withUnsafeMutableBytes(of: &quiet.c_cc) { controls in
      controls[Int(VMIN)] = 1
      controls[Int(VTIME)] = 0
    }
    show(prompt, on: terminal)
    guard tcsetattr(terminal, TCSAFLUSH, &quiet) == 0 else { return nil }
    let answer = readMasked(from: terminal)
    tcsetattr(terminal, TCSAFLUSH, &saved)
    show("\n", on: terminal)
    return answer.map { String(decoding: $0, as: UTF8.self) }
  }

  /// The bytes typed up to Enter, echoing `*` for each character; nil when cancelled or the terminal
  /// went away.
  private static func readMasked(from terminal: Int32) -> [UInt8]? {
    var typed: [UInt8] = []
    var escape = EscapeSkipper()
    while true {
      var byte: UInt8 = 0
      let count = Foundation.read(terminal, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return nil }
      if escape.skips(byte) { continue }
      switch byte {
      case 0x0D, 0x0A:
        return typed
      case 0x03, 0x04:
        return nil
      case 0x7F, 0x08:
        guard !typed.isEmpty else { continue }
        while let last = typed.popLast(), (0x80...0xBF).contains(last) {}
        show("\u{8} \u{8}", on: terminal)
      case 0x15:
        let characters = typed.filter { !(0x80...0xBF).contains($0) }.count
        typed.removeAll()
        show(String(repeating: "\u{8} \u{8}", count: characters), on: terminal)
      case 0x00..<0x20:
        continue
      default:
        typed.append(byte)
        if !(0x80...0xBF).contains(byte) { show("*", on: terminal) }
      }
    }
  }

  /// Writes `text` to the terminal.
  private static func show(_ text: String, on terminal: Int32) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Foundation.write(terminal, $0.baseAddress, $0.count) }
  }

  /// Recognizes `ESC [ … final` and `ESC O x` sequences byte by byte, so that they are not typed.
  private struct EscapeSkipper {
    private enum Stage {
      case none, started, parameters, oneMore
    }
    private var stage = Stage.none

    /// Whether `byte` belongs to an escape sequence (and so is skipped).
    mutating func skips(_ byte: UInt8) -> Bool {
      switch stage {
      case .none:
        guard byte == 0x1B else { return false }
        stage = .started
      case .started:
        stage = byte == UInt8(ascii: "[") ? .parameters : byte == UInt8(ascii: "O") ? .oneMore : .none
      case .parameters:
        if (0x40...0x7E).contains(byte) { stage = .none }
      case .oneMore:
        stage = .none
      }
      return true
    }
  }
}
