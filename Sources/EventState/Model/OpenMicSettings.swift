/// How event.toml wants the open mic run (its `[open_mic]` section).
public struct OpenMicSettings: Sendable, Hashable {
  /// How displays show a live speaker.
  public enum Board: String, Sendable, Hashable, CaseIterable {
    /// The live board takes over every display while someone speaks (the rotation waits).
    case takeover
    /// A strip above the rotating screens, which go on.
    case strip
  }

  public var board: Board
  /// Nobody speaks twice in a row while someone else is waiting.
  public var noRepeatInARow: Bool
  /// People who have not spoken yet go before those who have.
  public var firstTimersFirst: Bool

  public init(board: Board = .takeover, noRepeatInARow: Bool = false, firstTimersFirst: Bool = false) {
    self.board = board
    self.noRepeatInARow = noRepeatInARow
    self.firstTimersFirst = firstTimersFirst
  }
}
