/// What the reducer asks the outside world to do.
public enum KioskEffect: Sendable, Hashable {
  /// Leave the program (restoring the terminal).
  case quit
}
