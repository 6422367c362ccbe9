import Foundation

/// Chooses how many columns and rows to arrange a number of equal panes in, for the area at hand.
public enum GridPlan {
  /// The arrangement of `count` panes in `width`×`height` cells whose panes are at least
  /// `minWidth`×`minHeight` and closest to `idealRatio` (pane width / height in cells; a terminal cell
  /// is about twice as tall as wide, so 2.5 looks slightly wider than square). No arrangement leaves a
  /// whole row empty. When nothing reaches the minimum, the one that comes closest.
  public static func best(
    count: Int, width: Int, height: Int, gapX: Int, gapY: Int, minWidth: Int, minHeight: Int, idealRatio: Double
  ) -> (columns: Int, rows: Int) {
    guard count > 0 else { return (0, 0) }
    var best: (columns: Int, rows: Int, fits: Bool, score: Double)?
    for columns in 1...count {
      let rows = (count + columns - 1) / columns
      if rows * columns - count >= columns { continue }
      let paneWidth = Double(width - gapX * (columns - 1)) / Double(columns)
      let paneHeight = Double(height - gapY * (rows - 1)) / Double(rows)
      let fits = paneWidth >= Double(minWidth) && paneHeight >= Double(minHeight)
      let score: Double
      if fits {
        let empty = Double(rows * columns - count)
        score = abs(log((paneWidth / max(1, paneHeight)) / idealRatio)) + 0.25 * empty
      } else {
        score = -min(paneWidth / Double(minWidth), paneHeight / Double(minHeight))
      }
      if let current = best, (current.fits && !fits) || (current.fits == fits && current.score <= score) { continue }
      best = (columns, rows, fits, score)
    }
    return best.map { ($0.columns, $0.rows) } ?? (1, count)
  }
}
