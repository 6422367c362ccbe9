/// A key as the kiosk understands it, independent of the terminal library.
public enum KeyPress: Sendable, Hashable {
  /// A printable character (already decoded from UTF-8).
  case character(Character)
  /// A control character typed with Ctrl (Ctrl-C arrives as `.control("c")`).
  case control(Character)
  case enter
  case escape
  case backspace
  case delete
  case tab
  case backTab
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  /// F1…F12.
  case function(Int)
  /// Anything else the terminal sent; ignored by every screen.
  case unknown(Int32)
}
