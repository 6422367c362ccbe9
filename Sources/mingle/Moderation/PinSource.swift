import Foundation

/// Where the moderator commands get PINs from.
enum PinSource {
  /// The environment variable a script sets to give the moderator PIN without a prompt.
  static let variable = "MINGLE_PIN"

  /// The moderator PIN: `MINGLE_PIN` when set and not empty, else asked on the terminal (masked); nil
  /// when neither gives one.
  static func moderatorPIN(for event: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let pin = environment[variable], !pin.isEmpty { return pin }
    return MaskedInput.read(prompt: "Moderator PIN for \(event): ").flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A new PIN typed twice: masked on the terminal when standard input is one, else the first two
  /// lines of standard input (for scripts and tests). Nil when either is missing.
  static func newPINTwice() -> (first: String, second: String)? {
    if isatty(STDIN_FILENO) == 1 {
      guard let first = MaskedInput.read(prompt: "New moderator PIN (4 to 8 digits): "),
        let second = MaskedInput.read(prompt: "The same PIN again: ")
      else { return nil }
      return (first, second)
    }
    guard let first = readLine(strippingNewline: true), let second = readLine(strippingNewline: true) else { return nil }
    return (first, second)
  }
}
