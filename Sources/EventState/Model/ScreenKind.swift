/// The screens the rotating display can show, by the names used in event.toml and `--screens`.
public enum ScreenKind: String, Sendable, Hashable, CaseIterable {
  case cards
  case wall
  case tips
  case openmic
  case spotlight

  /// Human title for the rotation indicator.
  public var title: String {
    switch self {
    case .cards: "People"
    case .wall: "Connecting wall"
    case .tips: "Tips"
    case .openmic: "Open mic"
    case .spotlight: "Spotlight"
    }
  }
}
