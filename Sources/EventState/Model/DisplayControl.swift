/// What the moderators ask of every display of the event: hold the rotation, or show one screen
/// now. Kept in the store, so the kiosk's moderator and a console's steer the same displays.
public struct DisplayControl: Sendable, Hashable {
  /// A request to show `screen` now; `serial` grows with every request, so each display acts on a
  /// request once, even when the same screen is asked for twice.
  public struct ScreenRequest: Sendable, Hashable {
    public var screen: ScreenKind
    public var serial: Int

    public init(screen: ScreenKind, serial: Int) {
      self.screen = screen
      self.serial = serial
    }
  }

  /// Whether the rotation stands still on every display.
  public var rotationPaused: Bool
  /// The latest go-to-screen request, if any.
  public var screenRequest: ScreenRequest?

  public init(rotationPaused: Bool = false, screenRequest: ScreenRequest? = nil) {
    self.rotationPaused = rotationPaused
    self.screenRequest = screenRequest
  }
}
