/// What the reducer asks the outside world to do.
public enum KioskEffect: Sendable, Hashable {
  /// Leave the program (restoring the terminal).
  case quit
  /// Make this change in the shared store, then report `.mutationCommitted` or `.mutationFailed`.
  case write(StoreMutation)
}
