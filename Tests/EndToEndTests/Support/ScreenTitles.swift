/// Text only each rotation screen shows (the footer names every screen, so titles alone would not
/// tell them apart), in the order of `ScreenKind.allCases`.
enum ScreenTitles {
  static let cards = "People · "
  static let wall = "cards pinned"
  static let tips = " of "
  static let openmic = "waiting"
  static let all = [cards, wall, tips, openmic]
}
