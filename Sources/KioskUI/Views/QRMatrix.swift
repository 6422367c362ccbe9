/// A QR code as a square of modules, row by row from the top left, `true` for a dark module. The
/// quiet zone around it is not part of the matrix: views add it when they draw.
public struct QRMatrix: Sendable, Hashable {
  /// Modules per side.
  public let size: Int
  /// `size`×`size` modules, row-major.
  public let modules: [Bool]

  /// A matrix of `size`×`size` `modules`; nil when the count does not match or `size` is not positive.
  public init?(size: Int, modules: [Bool]) {
    guard size > 0, modules.count == size * size else { return nil }
    self.size = size
    self.modules = modules
  }

  /// Whether the module at column `x`, row `y` is dark; everything outside the matrix is light (the
  /// quiet zone).
  public subscript(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < size, y < size else { return false }
    return modules[y * size + x]
  }
}
