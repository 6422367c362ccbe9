/// Moderator mode at one kiosk or console: first the PIN prompt, then the moderator's panel. While
/// a session is open every key goes to it, and no attendee key reaches it before the PIN.
public enum ModeratorSession: Sendable, Hashable {
  /// Asking for the PIN.
  case prompt(PinPrompt)
  /// Unlocked: the moderator's panel.
  case unlocked(ModeratorPanel)

  /// Seconds without a key after which an unlocked session locks again (and a prompt closes).
  public static let idleLockSeconds: Double = 120
}
