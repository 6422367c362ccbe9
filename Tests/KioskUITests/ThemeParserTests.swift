import EventState
import Foundation
import KioskUI
import Testing

@Suite struct ThemeParserTests {
  static let names = ["dark", "light", "high-contrast"]

  /// `themes/<name>.toml` at the top of the repository.
  static func themeFile(_ name: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("themes/\(name).toml"), encoding: .utf8)
  }

  @Test(arguments: names)
  func theEmbeddedThemeIsTheFileInThemes(name: String) throws {
    #expect(BuiltinThemes.text(named: name) == (try Self.themeFile(name)))
  }

  @Test(arguments: names)
  func eachThemeFileDefinesEveryRoleWithoutProblems(name: String) throws {
    let (theme, problems) = ThemeParser.parse(try Self.themeFile(name), file: "\(name).toml")
    #expect(problems == [])
    #expect(theme?.name == name)
    #expect(Set(theme?.roles.keys.map { $0 } ?? []) == Set(StyleRole.allCases))
    #expect(BuiltinThemes.named(name) == theme)
  }

  /// Phones cannot scan a light-on-dark code: a theme cannot turn it around.
  @Test func aThemeCannotChangeTheColoursOfQRCodes() throws {
    let text = """
      name = "inverted"

      [roles.qrCode]
      rich = { fg = "#ffffff", bg = "#000000", attrs = [] }
      basic = { fg = "white", bg = "black", attrs = [] }
      mono = []
      """
    let (theme, problems) = ThemeParser.parse(text, file: "themes/inverted.toml")
    let parsed = try #require(theme)
    #expect(problems.contains { $0.severity == .warning && $0.line == 3 && $0.message.contains("[roles.qrCode] ignored") })
    #expect(parsed.style(.qrCode, depth: .truecolor) == ResolvedStyle(foreground: .rgb(0, 0, 0), background: .rgb(255, 255, 255)))
    #expect(parsed.style(.qrCode, depth: .basic8) == ResolvedStyle(foreground: .basic(0), background: .basic(7)))
    #expect(parsed.style(.qrCode, depth: .monochrome) == ResolvedStyle(attributes: .reverse))
  }

  @Test func theBuiltInThemesAreDarkLightAndHighContrast() {
    #expect(BuiltinThemes.all.map(\.name) == Self.names)
    #expect(BuiltinThemes.named("sepia") == nil)
    #expect(BuiltinThemes.text(named: "sepia") == nil)
  }

  @Test func aFileThatIsNotTOMLGivesNoThemeAndTheLineOfTheMistake() {
    let (theme, problems) = ThemeParser.parse("name = \"mine\"\n\n[roles.text\nrich = {}\n", file: "themes/mine.toml")
    #expect(theme == nil)
    #expect(problems.count == 1)
    #expect(problems.first?.line == 3)
    #expect(problems.first?.severity == .error)
    #expect(problems.first?.description.hasPrefix("themes/mine.toml:3: not valid TOML") == true)
  }

  /// TOMLKit's parser aborts the process on these instead of reporting them (see `TOMLParserGuard`).
  @Test(arguments: [("[.]\n", 1), ("name = \"mine\"\nx = [}\n", 2)])
  func textThatWouldCrashTheTOMLParserIsReportedInstead(text: String, line: Int) {
    let (theme, problems) = ThemeParser.parse(text, file: "themes/mine.toml")
    #expect(theme == nil)
    #expect(problems.map(\.line) == [line])
    #expect(problems.first?.description.hasPrefix("themes/mine.toml:\(line): not valid TOML") == true)
  }

  @Test func aRoleReadsAllThreeRenderings() throws {
    let text = """
      name = "mine"
      [roles.micLive]
      rich = { fg = "#0f0", bg = "default", attrs = ["bold", "underline"] }
      basic = { fg = "Green", attrs = ["bold"] }
      mono = ["reverse", "blink"]
      """
    let theme = try #require(ThemeParser.parse(text, file: "mine.toml").theme)
    #expect(theme.style(.micLive, depth: .truecolor) == ResolvedStyle(foreground: .rgb(0, 255, 0), attributes: [.bold, .underline]))
    #expect(theme.style(.micLive, depth: .palette256) == ResolvedStyle(foreground: .palette(46), attributes: [.bold, .underline]))
    #expect(theme.style(.micLive, depth: .basic8) == ResolvedStyle(foreground: .basic(2), attributes: [.bold]))
    #expect(theme.style(.micLive, depth: .monochrome) == ResolvedStyle(attributes: [.reverse, .blink]))
  }

  @Test func missingRolesAreTakenFromTheDarkThemeAndReported() throws {
    let (theme, problems) = ThemeParser.parse("name = \"mine\"\n[roles.text]\nrich = {}\nbasic = {}\nmono = []\n", file: "mine.toml")
    let parsed = try #require(theme)
    #expect(parsed.roles[.text] == Theme.RoleStyles(rich: (nil, nil, []), basic: (nil, nil, []), mono: []))
    #expect(parsed.roles[.micOvertime] == BuiltinThemes.dark.roles[.micOvertime])
    let missing = problems.filter { $0.message.contains("is not defined") }
    #expect(missing.count == StyleRole.allCases.count - 2, "every role but text and qrCode, which no theme sets")
    #expect(missing.allSatisfy { $0.severity == .warning })
  }

  @Test func aBrokenRenderingIsReportedWithItsLineAndDrawnAsInTheDarkTheme() throws {
    let text = """
      name = "mine"

      [roles.header]
      rich = { fg = "#zz0000", bg = "#000000" }
      basic = { fg = "orange", bg = "blue" }
      mono = ["bold", "sparkle"]
      """
    let (theme, problems) = ThemeParser.parse(text, file: "mine.toml")
    let header = try #require(theme?.roles[.header])
    let dark = try #require(BuiltinThemes.dark.roles[.header])
    #expect(header == dark)
    let errors = problems.filter { $0.severity == .error }.map(\.description)
    #expect(errors == [
      "mine.toml:4: roles.header.rich: fg \"#zz0000\" is not a colour; drawn as in the dark theme",
      "mine.toml:5: roles.header.basic: fg \"orange\" is not a colour; drawn as in the dark theme",
      "mine.toml:6: roles.header.mono: unknown attribute \"sparkle\" (use bold, dim, reverse, underline, blink); drawn as in the dark theme",
    ])
  }

  @Test func wrongValueTypesAreReported() {
    let text = """
      name = "mine"
      [roles.text]
      rich = "white"
      basic = { fg = 7 }
      mono = "bold"
      shade = 3
      """
    let messages = ThemeParser.parse(text, file: "mine.toml").problems.filter { $0.line != nil }.map { "\($0.line!): \($0.message)" }
    #expect(messages == [
      "6: unknown key \"shade\" in [roles.text] ignored",
      "3: roles.text.rich: must be a table like { fg = \"#f5f5f5\", bg = \"#1f3a5f\" }; drawn as in the dark theme",
      "4: roles.text.basic: fg must be a string; drawn as in the dark theme",
      "5: roles.text.mono: mono must be a list like [\"bold\"]; drawn as in the dark theme",
    ])
  }

  @Test func unknownRolesAndKeysAreWarnedAboutAndIgnored() {
    let text = "name = \"mine\"\nauthor = \"me\"\n[roles.sparkle]\nmono = []\n"
    let (theme, problems) = ThemeParser.parse(text, file: "mine.toml")
    #expect(theme != nil)
    let located = problems.filter { $0.line != nil }
    #expect(located.map(\.description) == [
      "mine.toml:2: warning: unknown key \"author\" ignored",
      "mine.toml:3: warning: unknown role \"sparkle\" ignored",
    ])
  }

  @Test func withoutANameTheFileNameIsUsed() {
    let (theme, problems) = ThemeParser.parse("[roles.text]\nmono = []\n", file: "themes/venue-blue.toml")
    #expect(theme?.name == "venue-blue")
    #expect(problems.contains { $0.message == "no name given; using the file name" && $0.severity == .warning })
  }
}
