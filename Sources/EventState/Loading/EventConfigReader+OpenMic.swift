import TOMLKit

extension EventConfigReader {
  /// The `[open_mic]` section: the board style and the fairness rules.
  mutating func readOpenMic(_ root: TOMLTable) -> OpenMicSettings {
    var settings = OpenMicSettings()
    guard let table = section(root, "open_mic") else { return settings }
    let place = Place(section: "open_mic")
    checkKeys(table, allowed: ["board", "no_repeat_in_a_row", "first_timers_first"], at: place)
    if let board = string(table, "board", at: place) {
      if let style = OpenMicSettings.Board(rawValue: board.lowercased()) {
        settings.board = style
      } else {
        report("unknown board \"\(board)\" (use takeover or strip); using takeover", line: line("board", at: place))
      }
    }
    settings.noRepeatInARow = flag(table, "no_repeat_in_a_row", at: place) ?? false
    settings.firstTimersFirst = flag(table, "first_timers_first", at: place) ?? false
    return settings
  }

  /// The boolean at `key`, nil when absent; an error when present but not `true` or `false`.
  mutating func flag(_ table: TOMLTable, _ key: String, at place: Place) -> Bool? {
    guard let value = table[key] else { return nil }
    guard let flag = value.bool else {
      report("`\(key)` must be true or false", line: line(key, at: place))
      return nil
    }
    return flag
  }
}
