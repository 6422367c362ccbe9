import CNcursesw
import KioskUI

/// Colour pairs and attributes for every style role, set up once per theme (never while drawing).
struct ColorPairs {
  private var byRole: [StyleRole: (attr_t, Int32)] = [:]

  init(theme: Theme, depth: ColorDepth) {
    var pairs: [ResolvedPair: Int32] = [:]
    for role in StyleRole.allCases {
      let style = theme.style(role, depth: depth)
      var pair: Int32 = 0
      if depth != .monochrome {
        let key = ResolvedPair(foreground: style.foreground, background: style.background)
        if let existing = pairs[key] {
          pair = existing
        } else if pairs.count + 1 < Int(mingle_COLOR_PAIRS()) {
          pair = Int32(pairs.count + 1)
          init_extended_pair(pair, Self.number(style.foreground), Self.number(style.background))
          pairs[key] = pair
        }
      }
      byRole[role] = (Self.attributes(style.attributes), pair)
    }
  }

  /// Attributes and pair number for `role`.
  func attributesAndPair(for role: StyleRole) -> (attr_t, Int32) {
    byRole[role] ?? (mingle_A_NORMAL(), 0)
  }

  /// The ncurses colour number of a colour (-1 is the terminal's default).
  static func number(_ color: TerminalColor) -> Int32 {
    switch color {
    case .terminalDefault: -1
    case .basic(let index): Int32(index)
    case .palette(let index): Int32(index)
    case .rgb(let r, let g, let b): Int32(r) << 16 | Int32(g) << 8 | Int32(b)
    }
  }

  static func attributes(_ attributes: TextAttributes) -> attr_t {
    var result = mingle_A_NORMAL()
    if attributes.contains(.bold) { result |= mingle_A_BOLD() }
    if attributes.contains(.dim) { result |= mingle_A_DIM() }
    if attributes.contains(.reverse) { result |= mingle_A_REVERSE() }
    if attributes.contains(.underline) { result |= mingle_A_UNDERLINE() }
    if attributes.contains(.blink) { result |= mingle_A_BLINK() }
    return result
  }

  private struct ResolvedPair: Hashable {
    var foreground: TerminalColor
    var background: TerminalColor
  }
}
