import KioskUI

/// How the terminal was found at start-up.
public struct TerminalCapabilities: Sendable, Hashable {
  /// The locale's codeset is UTF-8: box drawing and wide characters can be shown.
  public var unicode: Bool
  /// The colour depth the theme is rendered at.
  public var colorDepth: ColorDepth

  /// Glyphs to draw with.
  public var glyphs: GlyphSet { unicode ? .unicode : .ascii }
}
