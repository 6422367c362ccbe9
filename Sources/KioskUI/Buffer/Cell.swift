/// One terminal cell: a grapheme, the columns it covers, and its style role.
///
/// A double-width grapheme sits in its first cell with `width == 2`; the cell to its right is a
/// continuation (`width == 0`, empty grapheme) that the terminal edge never writes.
public struct Cell: Sendable, Hashable {
  public var grapheme: String
  /// 1 for ordinary cells, 2 for the first cell of a wide grapheme, 0 for its continuation.
  public var width: UInt8
  public var role: StyleRole

  public init(grapheme: String, width: UInt8 = 1, role: StyleRole) {
    self.grapheme = grapheme
    self.width = width
    self.role = role
  }

  /// A blank cell of `role`.
  public static func blank(_ role: StyleRole = .background) -> Cell { Cell(grapheme: " ", width: 1, role: role) }

  /// Whether this is the right half of a wide grapheme.
  public var isContinuation: Bool { width == 0 }
}
