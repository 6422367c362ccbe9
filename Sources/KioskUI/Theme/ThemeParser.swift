import EventState
import TOMLKit

/// Reads a theme file.
///
/// The format (TOML), as documented at the top of every file in `themes/`:
/// ```toml
/// name = "dark"
/// [roles.header]
/// rich = { fg = "#f5f5f5", bg = "#1f3a5f", attrs = ["bold"] }  # truecolor, mapped to 256 colours
/// basic = { fg = "white", bg = "blue", attrs = ["bold"] }      # the 8 basic colours
/// mono = ["reverse", "bold"]                                   # attributes only
/// ```
/// One `[roles.<role>]` table per `StyleRole` (by its Swift name, e.g. `headerAccent`). `rich` colours
/// are `#rrggbb` or `#rgb`; `basic` colours are black, red, green, yellow, blue, magenta, cyan and
/// white; attributes are bold, dim, reverse, underline and blink. `fg`, `bg` and `attrs` may be left
/// out (terminal default colour, no attributes), and `"default"` also names the terminal's colour.
///
/// What goes wrong is reported, never thrown:
/// - a file that is not valid TOML gives no theme and one error with the line of the mistake;
/// - otherwise a theme always comes back: a role or one of its renderings that is missing (warning)
///   or broken (error: a bad colour, attribute or value type) is taken from the built-in dark theme;
///   unknown roles and keys are reported as warnings and ignored; a missing `name` is taken from the
///   file name.
public enum ThemeParser {
  /// Parses `text`, read from `file` (used in problems); see the type's documentation for fallbacks.
  public static func parse(_ text: String, file: String) -> (theme: Theme?, problems: [Problem]) {
    parse(text, file: file, fallback: BuiltinThemes.dark)
  }

  /// Parses `text`, taking what is missing or broken from `fallback` (nil: left out of the theme).
  static func parse(_ text: String, file: String, fallback: Theme?) -> (theme: Theme?, problems: [Problem]) {
    if let unsafe = TOMLParserGuard.firstUnsafeSpot(in: text) {
      return (nil, [Problem(file: file, line: unsafe.line, message: "not valid TOML: \(unsafe.message)")])
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let message = Sanitizer.line(error.description)
      return (nil, [Problem(file: file, line: error.source.begin.line, message: "not valid TOML: \(message)")])
    } catch {
      return (nil, [Problem(file: file, message: "not valid TOML")])
    }
    var reader = Reader(file: file, lines: TOMLLineFinder(text: text), fallback: fallback)
    let theme = reader.theme(from: table)
    return (theme, reader.problems)
  }

  /// Walks a parsed file, collecting problems.
  struct Reader {
    let file: String
    let lines: TOMLLineFinder
    let fallback: Theme?
    var problems: [Problem] = []

    mutating func theme(from table: TOMLTable) -> Theme {
      let name = nameOf(table)
      for key in table.keys where key != "name" && key != "roles" {
        report("unknown key \"\(Sanitizer.line(key))\" ignored", line: lines.line(ofKey: key, in: nil), severity: .warning)
      }
      var roles: [StyleRole: Theme.RoleStyles] = [:]
      let given = table["roles"]?.table
      if table["roles"] != nil, given == nil {
        report("\"roles\" must be tables like [roles.text]", line: lines.line(ofKey: "roles", in: nil))
      }
      for key in given?.keys ?? [] where StyleRole(rawValue: key) == nil {
        report("unknown role \"\(Sanitizer.line(key))\" ignored", line: lines.line(ofSection: "roles.\(key)"), severity: .warning)
      }
      if given?[StyleRole.qrCode.rawValue] != nil {
        report(
          "[roles.qrCode] ignored: QR codes are always dark on light, or phones cannot scan them",
          line: lines.line(ofSection: "roles.qrCode"), severity: .warning)
      }
      for role in StyleRole.allCases where role != .qrCode {
        if let styles = roleStyles(role, from: given?[role.rawValue]) { roles[role] = styles }
      }
      roles[.qrCode] = Theme.qrCodeStyles
      return Theme(name: name, roles: roles)
    }

    /// The `name` key, or the file name without its extension.
    mutating func nameOf(_ table: TOMLTable) -> String {
      if let name = table["name"]?.string.map(Sanitizer.line), !name.isEmpty { return name }
      let line = lines.line(ofKey: "name", in: nil)
      report(table["name"] == nil ? "no name given; using the file name" : "name must be a non-empty string", line: line, severity: line == nil ? .warning : .error)
      let base = file.split(separator: "/").last.map(String.init) ?? file
      return base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
    }

    /// One role's renderings, each taken from the fallback when missing or broken.
    mutating func roleStyles(_ role: StyleRole, from value: TOMLValueConvertible?) -> Theme.RoleStyles? {
      let section = "roles.\(role.rawValue)"
      let base = fallback?.roles[role]
      guard let value else {
        report("role \(role.rawValue) is not defined; drawn as in the dark theme", line: nil, severity: .warning)
        return base
      }
      guard let table = value.table else {
        report("role \(role.rawValue) must be a table", line: lines.line(ofSection: section))
        return base
      }
      for key in table.keys where !["rich", "basic", "mono"].contains(key) {
        report("unknown key \"\(Sanitizer.line(key))\" in [\(section)] ignored", line: lines.line(ofKey: key, in: section), severity: .warning)
      }
      let rich = rendering("rich", of: role, in: table) { (value) throws(RenderingReader.Mistake) in try RenderingReader.rich(value) }
      let basic = rendering("basic", of: role, in: table) { (value) throws(RenderingReader.Mistake) in try RenderingReader.basic(value) }
      let mono = rendering("mono", of: role, in: table) { (value) throws(RenderingReader.Mistake) in try RenderingReader.attributes(value, what: "mono") }
      guard let rich = rich ?? base?.rich, let basic = basic ?? base?.basic, let mono = mono ?? base?.mono else { return nil }
      return Theme.RoleStyles(rich: rich, basic: basic, mono: mono)
    }

    /// One rendering read by `read`, or nil (reported) when it is missing or broken.
    mutating func rendering<T>(_ key: String, of role: StyleRole, in table: TOMLTable, read: (TOMLValueConvertible) throws(RenderingReader.Mistake) -> T) -> T? {
      let section = "roles.\(role.rawValue)"
      guard let value = table[key] else {
        report("role \(role.rawValue) has no \(key) rendering; drawn as in the dark theme", line: lines.line(ofSection: section), severity: .warning)
        return nil
      }
      do {
        return try read(value)
      } catch {
        report("\(section).\(key): \(error.message); drawn as in the dark theme", line: lines.line(ofKey: key, in: section))
        return nil
      }
    }

    mutating func report(_ message: String, line: Int?, severity: Problem.Severity = .error) {
      problems.append(Problem(file: file, line: line, message: message, severity: severity))
    }
  }
}
