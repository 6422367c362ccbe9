import Foundation
import Testing

/// The kiosk adapts to what the terminal can show: colour depth from terminfo and NO_COLOR, box
/// drawing only with a UTF-8 locale.
@Suite(.serialized) struct TerminalCapabilitiesEndToEndTests {
  /// SGR parameter lists in `styled` (the text between ESC[ and m).
  func sgrParameters(_ styled: String) -> [String] {
    styled.components(separatedBy: "\u{1B}[").dropFirst().compactMap { part in
      part.firstIndex(of: "m").map { String(part[..<$0]) }
    }
  }

  func start(environment: [String: String]) throws -> TmuxSession {
    let fixture = try EventFixture()
    let session = try TmuxSession([MingleBinary.path, "run", fixture.folder.path, "--screens", "wall"], columns: 100, rows: 30, environment: environment)
    #expect(session.wait(for: "cards pinned") != nil, "\(session.screen())")
    return session
  }

  @Test func a256ColourTerminalGetsPaletteColours() throws {
    let session = try start(environment: ["TERM": "xterm-256color"])
    let styled = session.styledScreen()
    #expect(sgrParameters(styled).contains { $0.contains("38;5;") || $0.contains("48;5;") }, "\(styled.prefix(400).debugDescription)")
  }

  @Test func theLinuxConsoleGetsTheEightBasicColours() throws {
    let session = try start(environment: ["TERM": "linux"])
    let parameters = sgrParameters(session.styledScreen()).flatMap { $0.split(separator: ";") }
    #expect(parameters.contains { $0.count == 2 && ($0.hasPrefix("3") || $0.hasPrefix("4")) })
    #expect(!sgrParameters(session.styledScreen()).contains { $0.contains("38;5;") || $0.contains("38;2;") })
  }

  @Test(arguments: [["TERM": "vt100"], ["TERM": "xterm-256color", "NO_COLOR": "1"]])
  func monochromeTerminalsGetAttributesOnly(environment: [String: String]) throws {
    let session = try start(environment: environment)
    let parameters = sgrParameters(session.styledScreen()).flatMap { $0.split(separator: ";") }
    #expect(!parameters.contains { ($0.count == 2 && ($0.hasPrefix("3") || $0.hasPrefix("4")) && $0 != "39" && $0 != "49") || $0 == "38" || $0 == "48" }, "\(parameters)")
    #expect(parameters.contains("1") || parameters.contains("7"), "bold or reverse keeps states apart")
  }

  @Test func aLocaleWithoutUTF8GetsASCIIBorders() throws {
    let session = try start(environment: ["LANG": "C", "LC_ALL": "C"])
    let screen = session.screen()
    #expect(screen.contains("+-"), "\(screen)")
    #expect(!screen.contains("╭") && !screen.contains("─"))
  }
}
