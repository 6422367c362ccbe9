import Foundation
import KioskUI

/// The shape of a captured screen, without its words: how wide each line is in terminal columns, where
/// the box corners and junctions are, and the footer row. Two kiosks showing the same screen of events
/// with different texts must have the same layout.
struct ScreenLayout: Equatable {
  /// Glyphs that mark where boxes and rules start, end and meet.
  static let corners: Set<Character> = ["╭", "╮", "╰", "╯", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "+"]

  /// Display width of each line (never more than the terminal's width).
  let widths: [Int]
  /// Row and column of every corner glyph.
  let cornerCells: Set<[Int]>
  /// The last row, digits masked (it names the screens and keys, never the event's texts).
  let footer: String

  /// The layout of `lines` (a capture with trailing spaces kept).
  init(lines: [String]) {
    widths = lines.map { DisplayWidth.of($0) }
    var cells = Set<[Int]>()
    for (row, line) in lines.enumerated() {
      var column = 0
      for character in line {
        if Self.corners.contains(character) { cells.insert([row, column]) }
        column += DisplayWidth.of(character)
      }
    }
    cornerCells = cells
    footer = String((lines.last ?? "").map { $0.isNumber ? "#" : $0 })
  }
}

extension TmuxSession {
  /// The visible screen, one string per row with trailing spaces kept (`capture-pane -N`).
  func fullLines() -> [String] {
    let output = (try? Shell.run("/usr/bin/tmux", ["-L", socket, "capture-pane", "-p", "-N", "-t", "main"]).output) ?? ""
    return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// Polls until two captures 200 ms apart are the same (the screen stopped changing) or `timeout`
  /// seconds pass; returns the last capture.
  func settledLines(timeout: Double = 5) -> [String] {
    let start = Date()
    var last = fullLines()
    while Date().timeIntervalSince(start) < timeout {
      usleep(200_000)
      let next = fullLines()
      if next == last { return next }
      last = next
    }
    return last
  }
}
