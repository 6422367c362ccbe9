import EventState
import Foundation

/// Finds the theme an event asks for: the event's own file first, then a built-in theme.
public enum ThemeLoader {
  /// The theme called `name`: `<eventDirectory>/themes/<name>.toml` when it exists (missing or
  /// broken parts filled in from the dark theme), otherwise the built-in theme of that name,
  /// otherwise the dark theme. Problems say what was wrong and what is used instead.
  public static func load(name: String, eventDirectory: URL) -> (Theme, [Problem]) {
    let file = "themes/\(name).toml"
    guard isSafe(name) else {
      return (BuiltinThemes.dark, [Problem(file: "event.toml", message: "theme name \"\(Sanitizer.line(name))\" may only use letters, digits, - and _; using the dark theme")])
    }
    let url = eventDirectory.appendingPathComponent("themes").appendingPathComponent("\(name).toml")
    guard FileManager.default.fileExists(atPath: url.path) else {
      if let builtin = BuiltinThemes.named(name) { return (builtin, []) }
      return (BuiltinThemes.dark, [Problem(file: file, message: "no such theme file and no built-in theme \"\(name)\"; using the dark theme")])
    }
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
      let (theme, used) = builtinOrDark(name)
      return (theme, [Problem(file: file, message: "cannot be read as UTF-8 text; using the \(used) theme")])
    }
    let (parsed, problems) = ThemeParser.parse(text, file: file)
    if let parsed { return (parsed, problems) }
    let (theme, used) = builtinOrDark(name)
    return (theme, problems + [Problem(file: file, message: "using the built-in \(used) theme instead", severity: .warning)])
  }

  /// The built-in theme called `name`, or the dark theme; with the name of the one returned.
  static func builtinOrDark(_ name: String) -> (Theme, String) {
    let theme = BuiltinThemes.named(name) ?? BuiltinThemes.dark
    return (theme, theme.name)
  }

  /// Whether `name` can be used as a file name inside `themes/` (no paths, no hidden files).
  static func isSafe(_ name: String) -> Bool {
    !name.isEmpty && name.first != "-" && name.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }
  }
}
