import ArgumentParser
import EventState

/// Options shared by every command that shows the kiosk.
struct DisplayOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Screens to rotate through instead of event.toml's rotation, comma-separated.",
      discussion: "Names: \(ScreenKind.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "names"))
  var screens: String?

  @Option(name: .long, help: ArgumentHelp("Theme to use instead of the event's (dark, light, high-contrast, or a file in DIR/themes).", valueName: "name"))
  var theme: String?

  @Flag(name: .long, help: "Let Ctrl-C quit (for development; a venue kiosk stays locked).")
  var unlocked = false

  /// The parsed `--screens` list, if given.
  func screenOverride() throws -> [ScreenKind]? {
    guard let screens else { return nil }
    do {
      return try ScreenSelection.parse(screens)
    } catch {
      throw ValidationError("\(error)")
    }
  }

  mutating func validate() throws {
    _ = try screenOverride()
  }
}
