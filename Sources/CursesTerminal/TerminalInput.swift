import EventState

/// What a read from the terminal produced.
public enum TerminalInput: Sendable, Hashable {
  case key(KeyPress)
  /// The terminal changed size (ncurses' KEY_RESIZE).
  case resize
}
