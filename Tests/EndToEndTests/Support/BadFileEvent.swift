import EventState
import Foundation
import KioskUI

/// A small moderated event for the bad-files suite (`DemoEvent.pin`), whose files come in numbered
/// versions. Every version shows a marker of its own — the event's name in the header, a person on the
/// cards screen, the tip on the tips screen, the header's colour — so a test can tell which version of
/// each file a kiosk is showing.
struct BadFileEvent {
  /// The files of the event folder that the suite damages.
  enum File: String, CaseIterable, Sendable {
    case event = "event.toml"
    case roster = "attendees.csv"
    case tips = "tips.md"
    case theme = "themes/night.toml"

    /// The rotation screen that shows this file's marker (the header, with the event's name and
    /// colour, is on every screen).
    var screen: String { self == .roster ? "cards" : "tips" }

    /// The text of version `version`. Versions differ only in their marker: the lines stay where they are.
    func text(version: Int) -> String {
      switch self {
      case .event:
        return """
          name = "Bad Files Night v\(version)"
          venue = "Hall 4"
          theme = "night"
          idle_timeout = 60

          [[topics]]
          id = "investors"
          title = "For investors"

          [privacy]
          roster = "all"

          [moderator]
          pin_hash = "\(DemoEvent.pinHash.encoded)"

          """
      case .roster:
        return """
          name,title,company,topics,offer,seek,contact,show_card,share_contact
          Avery Marker v\(version),Founder,Tidewater,investors,Intros to growers,Seed money,,yes,no
          Blake Second,Engineer,Gridline,investors,Firmware reviews,A new team,,yes,no

          """
      case .tips:
        return "- Marker tip v\(version): \(Self.longTip)\n"
      case .theme:
        let dark = BuiltinThemes.text(named: "dark") ?? ""
        return dark.replacingOccurrences(of: "name = \"dark\"", with: "name = \"night\"")
          .replacingOccurrences(of: Self.darkHeaderBackground, with: Self.headerBackgrounds[version % Self.headerBackgrounds.count].rich)
      }
    }

    /// Whether a kiosk shows version `version` of this file: `screen` is its text, `styled` the same
    /// with its colours as SGR sequences (`TmuxSession.styledScreen()`).
    func shows(version: Int, screen: String, styled: String) -> Bool {
      switch self {
      case .event: return screen.contains("Bad Files Night v\(version) ")
      case .roster: return screen.contains("Avery Marker v\(version)")
      case .tips: return screen.contains("Marker tip v\(version):")
      case .theme:
        let header = styled.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        return header.contains("48;5;\(Self.headerBackgrounds[version % Self.headerBackgrounds.count].xterm)m")
      }
    }

    /// The rest of a tip: long enough that the tips screen writes it in plain text, not in block letters.
    static let longTip =
      "ask people what they are working on, not what they do: projects start better conversations than job titles, and everyone has one."

    /// The dark theme's header background, which each version of the night theme replaces.
    static let darkHeaderBackground = "#1e3a5f"
    /// Header backgrounds of the night theme's versions: colours of the xterm 256-colour cube, so the
    /// kiosk draws each with exactly that index on an `xterm-256color` terminal.
    static let headerBackgrounds: [(rich: String, xterm: Int)] = [("#870000", 88), ("#005f00", 22), ("#00005f", 17), ("#5f005f", 53)]
  }

  /// The event folder.
  let folder: URL

  /// Version 1 of every file in `folder` (created; by default in a new temporary folder).
  init(folder: URL? = nil) throws {
    self.folder = try folder ?? MingleBinary.temporaryFolder().appendingPathComponent("event")
    try FileManager.default.createDirectory(at: self.folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
    for file in File.allCases { try write(file, version: 1) }
  }

  /// The folder's path, as mingle takes it.
  var path: String { folder.path }

  /// The folder's live store.
  var stateURL: URL { folder.appendingPathComponent("state.sqlite") }

  /// Where `file` is.
  func url(of file: File) -> URL { folder.appendingPathComponent(file.rawValue) }

  /// Puts version `version` of `file` in place, replacing whatever is there (a folder, a FIFO, a link).
  func write(_ file: File, version: Int) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url(of: file).path, isDirectory: &isFolder), isFolder.boolValue {
      try FileManager.default.removeItem(at: url(of: file))
    }
    try Data(file.text(version: version).utf8).write(to: url(of: file), options: .atomic)
  }
}
