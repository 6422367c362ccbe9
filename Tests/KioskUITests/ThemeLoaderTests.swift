import EventState
import Foundation
import KioskUI
import Testing

@Suite struct ThemeLoaderTests {
  /// A fresh event folder with `files` (relative path → text) in it.
  func eventFolder(_ files: [String: String] = [:]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-theme-\(UUID().uuidString)")
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func theEventsOwnFileComesFirst() throws {
    let folder = try eventFolder(["themes/dark.toml": BuiltinThemes.text(named: "light")!.replacingOccurrences(of: "name = \"light\"", with: "name = \"venue\"")])
    defer { try? FileManager.default.removeItem(at: folder) }
    let (theme, problems) = ThemeLoader.load(name: "dark", eventDirectory: folder)
    #expect(theme.name == "venue")
    #expect(theme.roles == BuiltinThemes.named("light")!.roles)
    #expect(problems == [])
  }

  @Test func aBuiltInThemeIsUsedWhenTheEventHasNoFile() throws {
    let folder = try eventFolder()
    let (theme, problems) = ThemeLoader.load(name: "high-contrast", eventDirectory: folder)
    #expect(theme == BuiltinThemes.named("high-contrast"))
    #expect(problems == [])
  }

  @Test func anUnknownThemeFallsBackToDarkWithAProblem() throws {
    let (theme, problems) = ThemeLoader.load(name: "sepia", eventDirectory: try eventFolder())
    #expect(theme == BuiltinThemes.dark)
    #expect(problems.map(\.description) == ["themes/sepia.toml: no such theme file and no built-in theme \"sepia\"; using the dark theme"])
  }

  @Test func aBrokenFileFallsBackToTheBuiltInThemeOfThatName() throws {
    let folder = try eventFolder(["themes/light.toml": "name = \"light\"\n[roles.text\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let (theme, problems) = ThemeLoader.load(name: "light", eventDirectory: folder)
    #expect(theme == BuiltinThemes.named("light"))
    #expect(problems.first?.line == 2)
    #expect(problems.last?.description == "themes/light.toml: warning: using the built-in light theme instead")
  }

  @Test func aFileThatIsNotUTF8FallsBackToTheBuiltInTheme() throws {
    let folder = try eventFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
    try Data([0x6E, 0x61, 0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("themes/light.toml"))
    let (theme, problems) = ThemeLoader.load(name: "light", eventDirectory: folder)
    #expect(theme == BuiltinThemes.named("light"))
    #expect(problems.map(\.description) == ["themes/light.toml: cannot be read as UTF-8 text; using the light theme"])
  }

  @Test func aPartialFileIsCompletedFromTheDarkTheme() throws {
    let folder = try eventFolder(["themes/venue.toml": "name = \"venue\"\n[roles.header]\nrich = { fg = \"#ffffff\", bg = \"#aa0000\" }\nbasic = { fg = \"white\", bg = \"red\" }\nmono = [\"reverse\"]\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let (theme, problems) = ThemeLoader.load(name: "venue", eventDirectory: folder)
    #expect(theme.style(.header, depth: .basic8) == ResolvedStyle(foreground: .basic(7), background: .basic(1)))
    #expect(theme.roles[.micDone] == BuiltinThemes.dark.roles[.micDone])
    #expect(problems.allSatisfy { $0.severity == .warning })
  }

  @Test func aNameThatIsAPathIsRefused() throws {
    let (theme, problems) = ThemeLoader.load(name: "../../etc/passwd", eventDirectory: try eventFolder())
    #expect(theme == BuiltinThemes.dark)
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("may only use letters, digits, - and _") == true)
  }
}
