/// A colour as a terminal can show it at some colour depth.
public enum TerminalColor: Sendable, Hashable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// One of the 8 basic colours (0 black … 7 white).
  case basic(Int)
  /// An index of the 256-colour palette.
  case palette(Int)
  /// A 24-bit colour, for direct-colour terminals.
  case rgb(UInt8, UInt8, UInt8)

  /// The basic colours by the names theme files use.
  public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// The nearest index of the xterm 256-colour palette (6×6×6 cube or grey ramp).
  public static func paletteIndex(r: UInt8, g: UInt8, b: UInt8) -> Int {
    let levels = [0, 95, 135, 175, 215, 255]
    func nearestLevel(_ v: UInt8) -> Int {
      levels.indices.min { abs(levels[$0] - Int(v)) < abs(levels[$1] - Int(v)) }!
    }
    let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
    let cube = (levels[ri], levels[gi], levels[bi])
    let grey = max(0, min(23, (Int((Int(r) + Int(g) + Int(b)) / 3) - 8 + 5) / 10))
    let greyValue = 8 + grey * 10
    func distance(_ c: (Int, Int, Int)) -> Int {
      let dr = c.0 - Int(r), dg = c.1 - Int(g), db = c.2 - Int(b)
      return dr * dr + dg * dg + db * db
    }
    if distance((greyValue, greyValue, greyValue)) < distance(cube) { return 232 + grey }
    return 16 + 36 * ri + 6 * gi + bi
  }
}
