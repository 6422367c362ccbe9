import KioskUI
import Testing

/// Every state the audience must tell apart stays distinguishable in every theme at every colour
/// depth, monochrome included.
@Suite struct ThemeDistinctnessTests {
  static let groups: [[StyleRole]] = [
    [.micLive, .micUpNext, .micDone],
    [.micCountdown, .micWarning, .micOvertime],
    [.footer, .footerKey, .screenActive],
    [.header, .announcement],
    [.background, .avatar],
  ]

  static let cases = BuiltinThemes.all.flatMap { theme in ColorDepth.allCases.map { (theme.name, $0) } }

  @Test(arguments: cases)
  func statesResolveToPairwiseDifferentStyles(themeName: String, depth: ColorDepth) throws {
    let theme = try #require(BuiltinThemes.named(themeName))
    for group in Self.groups {
      for (i, a) in group.enumerated() {
        for b in group[(i + 1)...] {
          #expect(theme.style(a, depth: depth) != theme.style(b, depth: depth), "\(themeName) \(depth): \(a) looks like \(b)")
        }
      }
    }
  }

  @Test(arguments: cases)
  func everyRoleHasTextThatStandsOutFromItsBackground(themeName: String, depth: ColorDepth) throws {
    let theme = try #require(BuiltinThemes.named(themeName))
    for role in StyleRole.allCases {
      let style = theme.style(role, depth: depth)
      if style.background != .terminalDefault {
        #expect(style.foreground != style.background, "\(themeName) \(depth): \(role)")
      }
    }
  }
}
