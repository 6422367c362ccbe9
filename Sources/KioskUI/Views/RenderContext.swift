import Foundation

/// What every view may consult besides its own data: the glyphs the terminal can show and the time.
public struct RenderContext: Sendable {
  public var glyphs: GlyphSet
  /// The time of this frame (passed in; views never read the clock).
  public var now: Date
  /// Seconds since the current screen came up: drives paging.
  public var screenElapsed: Double
  public var timeZone: TimeZone

  public init(glyphs: GlyphSet = .unicode, now: Date, screenElapsed: Double = 0, timeZone: TimeZone = .current) {
    self.glyphs = glyphs
    self.now = now
    self.screenElapsed = screenElapsed
    self.timeZone = timeZone
  }
}
