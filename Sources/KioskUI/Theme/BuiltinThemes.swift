import EventState

/// The themes built into the program: copies of `themes/dark.toml`, `light.toml` and
/// `high-contrast.toml` (see `BuiltinThemeSources`), so the kiosk looks right without any files.
public enum BuiltinThemes {
  /// The default theme, and the one that fills in what other theme files leave out.
  public static let dark = parseBuiltin(name: "dark", text: BuiltinThemeSources.dark)

  /// Every built-in theme: dark, light, high-contrast.
  public static let all: [Theme] = [
    dark,
    parseBuiltin(name: "light", text: BuiltinThemeSources.light),
    parseBuiltin(name: "high-contrast", text: BuiltinThemeSources.highContrast),
  ]

  /// The built-in theme called `name`, if there is one.
  public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

  /// The TOML text of the built-in theme called `name` (a starting point for an event's own theme).
  public static func text(named name: String) -> String? {
    switch name {
    case "dark": BuiltinThemeSources.dark
    case "light": BuiltinThemeSources.light
    case "high-contrast": BuiltinThemeSources.highContrast
    default: nil
    }
  }

  /// A built-in theme parsed on its own (no fallback): its text is complete by construction, which
  /// the tests check.
  static func parseBuiltin(name: String, text: String) -> Theme {
    guard let theme = ThemeParser.parse(text, file: "\(name).toml", fallback: nil).theme else {
      preconditionFailure("the built-in theme \(name) does not parse")
    }
    return theme
  }
}
