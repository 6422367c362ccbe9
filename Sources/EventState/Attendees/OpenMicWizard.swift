/// The open-mic sign-up: name, one-line pitch, minutes, summary.
public struct OpenMicWizard: Sendable, Hashable {
  /// The questions, in order.
  public enum Step: Int, Sendable, Hashable, CaseIterable {
    case name, pitch, minutes, summary
  }

  public static let nameLimit = 60
  /// A pitch is one line of at most 80 characters.
  public static let pitchLimit = 80
  /// Speaking time choices, in minutes.
  public static let minutesRange = 1...5
  public static let defaultMinutes = 3

  public var step: Step = .name
  public var name = TextInput(limit: OpenMicWizard.nameLimit)
  /// Index into the name suggestions chosen with Down/Up; nil = the typed name.
  public var matchSelection: Int?
  public var pitch = TextInput(limit: OpenMicWizard.pitchLimit)
  public var minutes = OpenMicWizard.defaultMinutes
  public var error: String?

  /// A sign-up with the name prefilled (from the roster or a card), or empty.
  public init(name: String = "") {
    self.name = TextInput(name, limit: Self.nameLimit)
  }
}
