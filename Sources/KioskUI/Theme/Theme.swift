/// Maps every style role to colours and attributes, with a rendering per colour depth.
///
/// A theme file (TOML, in `themes/`) gives, for each role, a rich rendering (hex colours, used for
/// truecolor and mapped to the 256-colour palette), an 8-colour rendering and a monochrome one.
public struct Theme: Sendable, Hashable {
  /// One role in a theme.
  public struct RoleStyles: Sendable, Hashable {
    /// Hex-colour rendering: foreground and background as RGB (nil = terminal default).
    public var rich: (fg: RGB?, bg: RGB?, attributes: TextAttributes)
    /// 8-colour rendering: basic colour indexes 0–7 (nil = terminal default).
    public var basic: (fg: Int?, bg: Int?, attributes: TextAttributes)
    /// Monochrome rendering: attributes only.
    public var mono: TextAttributes

    public init(rich: (fg: RGB?, bg: RGB?, attributes: TextAttributes), basic: (fg: Int?, bg: Int?, attributes: TextAttributes), mono: TextAttributes) {
      self.rich = rich
      self.basic = basic
      self.mono = mono
    }

    public static func == (a: RoleStyles, b: RoleStyles) -> Bool {
      a.rich.fg == b.rich.fg && a.rich.bg == b.rich.bg && a.rich.attributes == b.rich.attributes
        && a.basic.fg == b.basic.fg && a.basic.bg == b.basic.bg && a.basic.attributes == b.basic.attributes
        && a.mono == b.mono
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(mono) }
  }

  /// A 24-bit colour.
  public struct RGB: Sendable, Hashable {
    public var r: UInt8, g: UInt8, b: UInt8
    public init(r: UInt8, g: UInt8, b: UInt8) {
      self.r = r
      self.g = g
      self.b = b
    }
  }

  public var name: String
  public var roles: [StyleRole: RoleStyles]

  public init(name: String, roles: [StyleRole: RoleStyles]) {
    self.name = name
    self.roles = roles
  }

  /// How every theme draws QR codes: black modules on white, or phones cannot scan them (a theme
  /// file cannot change it). Without colours, reverse video: light on the dark background of a
  /// console or a TV's terminal.
  public static let qrCodeStyles = RoleStyles(
    rich: (fg: RGB(r: 0, g: 0, b: 0), bg: RGB(r: 255, g: 255, b: 255), attributes: []),
    basic: (fg: 0, bg: 7, attributes: []), mono: [.reverse])

  /// The style of `role` at `depth`. A role the theme does not define is drawn like `.text`.
  public func style(_ role: StyleRole, depth: ColorDepth) -> ResolvedStyle {
    guard let styles = roles[role] ?? roles[.text] else { return ResolvedStyle() }
    switch depth {
    case .truecolor:
      return ResolvedStyle(
        foreground: styles.rich.fg.map { .rgb($0.r, $0.g, $0.b) } ?? .terminalDefault,
        background: styles.rich.bg.map { .rgb($0.r, $0.g, $0.b) } ?? .terminalDefault,
        attributes: styles.rich.attributes)
    case .palette256:
      return ResolvedStyle(
        foreground: styles.rich.fg.map { .palette(TerminalColor.paletteIndex(r: $0.r, g: $0.g, b: $0.b)) } ?? .terminalDefault,
        background: styles.rich.bg.map { .palette(TerminalColor.paletteIndex(r: $0.r, g: $0.g, b: $0.b)) } ?? .terminalDefault,
        attributes: styles.rich.attributes)
    case .basic8:
      return ResolvedStyle(
        foreground: styles.basic.fg.map { .basic($0) } ?? .terminalDefault,
        background: styles.basic.bg.map { .basic($0) } ?? .terminalDefault,
        attributes: styles.basic.attributes)
    case .monochrome:
      return ResolvedStyle(attributes: styles.mono)
    }
  }
}
