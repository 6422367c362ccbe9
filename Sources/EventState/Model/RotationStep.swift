/// One entry of the rotation: which screen, for how long.
public struct RotationStep: Sendable, Hashable {
  public var screen: ScreenKind
  /// How long the screen stays up, in seconds (at least 1).
  public var seconds: Int

  public init(screen: ScreenKind, seconds: Int) {
    self.screen = screen
    self.seconds = max(1, seconds)
  }
}
