/// The moderator PIN prompt: digits typed so far (shown masked) and what the last try said.
public struct PinPrompt: Sendable, Hashable {
  /// What the prompt says under the field.
  public enum Message: Sendable, Hashable {
    /// The last PIN was wrong; `attemptsLeft` before the prompt locks.
    case wrong(attemptsLeft: Int)
    /// The event has no moderator PIN yet.
    case noPIN
    /// The PIN could not be checked, for this reason (the store could not count the attempt).
    case notChecked(reason: String)
  }

  /// Longest PIN accepted (`PINHash.validate` allows 4 to 8 digits).
  public static let maximumDigits = 8

  /// The digits typed; never shown, only counted.
  public private(set) var digits: String
  public var message: Message?

  public init(digits: String = "", message: Message? = nil) {
    self.digits = String(digits.filter(\.isASCIIDigit).prefix(Self.maximumDigits))
    self.message = message
  }

  /// Appends `character` when it is a digit and there is room; returns whether it was taken.
  @discardableResult
  public mutating func type(_ character: Character) -> Bool {
    guard character.isASCIIDigit, digits.count < Self.maximumDigits else { return false }
    digits.append(character)
    return true
  }

  /// Removes the last digit.
  public mutating func erase() {
    if !digits.isEmpty { digits.removeLast() }
  }
}

extension Character {
  /// Whether this is one of 0–9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
