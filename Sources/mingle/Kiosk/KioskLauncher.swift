import EventState
import Foundation
import KioskUI

/// Loads an event folder and runs the kiosk on it, reporting file problems after the terminal is
/// restored. A store that cannot be opened or prepared (a full disk, a read-only folder) or a terminal
/// the kiosk cannot run on is a `CommandFailure` (a problem, status 1).
enum KioskLauncher {
  /// Runs the kiosk for `folder` with `options`; `prepare` runs on the opened store first (the demo
  /// seeds it there).
  static func launch(_ folder: EventFolder, options: DisplayOptions, prepare: (EventStore) throws -> Void = { _ in }) throws {
    try launch(folder, theme: options.theme, screenOverride: try options.screenOverride(), unlocked: options.unlocked, prepare: prepare)
  }

  /// Runs the kiosk for `folder` (with `theme` and `screenOverride` instead of event.toml's, when
  /// given), or with `moderatorConsole` the moderator's console.
  static func launch(
    _ folder: EventFolder, theme themeOverride: String?, screenOverride: [ScreenKind]?, unlocked: Bool,
    moderatorConsole: Bool = false, prepare: (EventStore) throws -> Void = { _ in }
  ) throws {
    let store: EventStore
    do {
      store = try EventStore(url: folder.stateURL)
      try prepare(store)
    } catch {
      throw CommandFailure.problem("\(error)")
    }
    let (theme, themeProblems) = ThemeLoader.load(name: themeOverride ?? folder.config.theme, eventDirectory: folder.directory)
    var runner = KioskRunner(
      folder: folder, theme: theme, store: store, screenOverride: screenOverride, themeOverride: themeOverride,
      unlocked: unlocked, moderatorConsole: moderatorConsole)
    let messages: [String]
    do {
      messages = try runner.run()
    } catch {
      throw CommandFailure.problem("\(error)")
    }
    let problems = (folder.problems + themeProblems).map { $0.described(in: folder.directory.path) }
    for line in problems + messages {
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
  }
}
