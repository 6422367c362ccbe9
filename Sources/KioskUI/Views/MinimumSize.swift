/// The smallest size the kiosk lays out in; below it `KioskDisplay` shows an "enlarge the terminal"
/// message. At this size the wall still fits six topic panes of one entry each and the cards screen
/// two rows of compact cards.
public enum MinimumSize {
  /// Fewest columns.
  public static let columns = 40
  /// Fewest rows.
  public static let rows = 14
}
