import ContactCode
import CursesTerminal
import EventState
import Foundation
import KioskUI

/// The kiosk's main loop: reads keys with a timeout, polls the shared store, runs the reducer and
/// draws what changed. Everything it decides is decided by `KioskReducer`; this only wires.
struct KioskRunner {
  /// The event folder as last loaded without errors (edits are picked up while running).
  var folder: EventFolder
  var theme: Theme
  let store: EventStore
  /// The `--screens` choice, which edits of event.toml do not override.
  let screenOverride: [ScreenKind]?
  /// The `--theme` choice, likewise.
  let themeOverride: String?
  let unlocked: Bool
  /// Whether this is `mingle moderate`: a moderator's console, not a public display.
  var moderatorConsole = false

  /// How long one blocking read waits: store changes reach the screen within this plus a frame.
  static let tickMilliseconds = 250

  /// Runs until a quit effect or a termination signal. Returns messages to print once the terminal
  /// is restored (problems met while running).
  mutating func run() throws -> [String] {
    SignalTrap.install()
    let screen = try CursesScreen(theme: theme)
    defer { screen.close() }
    var messages: [String] = []
    let start = Date()
    let size = screen.size
    let watcher = EventFolderWatcher(directory: folder.directory)
    var state = KioskState(
      clock: RotationClock(steps: rotation), now: start, columns: size.columns, rows: size.rows,
      live: (try? store.snapshot(now: start)) ?? LiveState(), unlocked: unlocked, event: folder.config,
      roster: folder.roster, seed: UInt64.random(in: .min ... .max), moderatorConsole: moderatorConsole)
    screen.draw(frame(state: state, now: start, glyphs: screen.capabilities.glyphs))
    // What the last frame was drawn from: the state, what it showed of the time, and the tips and
    // theme (which the state does not hold).
    var drawn = (state: state, time: FrameTime(kiosk: state, now: start), tips: folder.tips, theme: theme)
    var watched = start

    while !SignalTrap.received {
      let inputs = readInputs(from: screen)
      let now = Date()
      // What changed outside comes first (the folder, the store), then what was typed.
      var actions: [KioskAction] = []
      let folderWait = watcher.isSettling ? watcher.settleTime : Self.folderCheckSeconds
      if now.timeIntervalSince(watched) >= folderWait {
        watched = now
        actions += folderActions(watcher.check(), on: screen, messages: &messages)
      }
      do {
        // The snapshot's own time, not the wake-up's: an announcement made between the two would be
        // left out as not yet begun, and its change already noted.
        if try store.hasChangedSinceLastCheck() { actions.append(.storeChanged(try store.snapshot(now: Date()))) }
      } catch {
        note("\(error)", in: &messages)
      }
      for input in inputs {
        switch input {
        case .key(let key): actions.append(.key(key))
        case .resize:
          let size = screen.size
          actions.append(.resized(columns: size.columns, rows: size.rows))
        }
      }
      if inputs.isEmpty { actions.append(.tick) }
      while !actions.isEmpty {
        let (next, effects) = KioskReducer.reduce(state, actions.removeFirst(), now: now)
        state = next
        // What an effect led to is reduced before the next key of the burst.
        actions.insert(contentsOf: effects.flatMap { storeEffects.perform($0, now: now) }, at: 0)
        if effects.contains(.quit) { return messages }
      }
      // Drawn again only when the state or what the frame shows of the time (the clock's minute, a
      // page turn, a countdown's second) changed: a still screen costs a wake-up, not a frame.
      let time = FrameTime(kiosk: state, now: now)
      if drawn.state == state, drawn.time == time, drawn.tips == folder.tips, drawn.theme == theme { continue }
      screen.draw(frame(state: state, now: now, glyphs: screen.capabilities.glyphs))
      drawn = (state, time, folder.tips, theme)
    }
    return messages
  }

  /// What an edit of the event folder means for the kiosk: the reloaded folder (and its theme, which
  /// may be the file that was edited), or the problems of a rejected edit for the moderator.
  mutating func folderActions(_ change: EventFolderChange?, on screen: CursesScreen, messages: inout [String]) -> [KioskAction] {
    switch change {
    case .reloaded(let reloaded)?:
      folder = reloaded
      var actions: [KioskAction] = [.eventReloaded(folder.config, roster: folder.roster, rotation: rotation)]
      // After the reload, which clears the moderator's warnings.
      let themeErrors = reloadTheme(on: screen, messages: &messages)
      if !themeErrors.isEmpty { actions.append(.eventRejected(problems: themeErrors.map { $0.described(in: nil) })) }
      return actions
    case .rejected(let problems)?:
      let errors = problems.filter { $0.severity == .error }
      for problem in errors { note(problem.described(in: folder.directory.path), in: &messages) }
      return [.eventRejected(problems: errors.map { $0.described(in: nil) })]
    case nil:
      return []
    }
  }

  /// How often the event folder is looked at for edits (listing it on every wake-up cost a tenth of
  /// an idle kiosk's CPU): an edit is noticed within this, and looked at again after the watcher's
  /// settle time (the next wake-up) to be loaded, well within the 2 s promised.
  static let folderCheckSeconds: TimeInterval = 0.5

  /// Most keys taken in one go before the screen is drawn: a paste or a held key is handled in a
  /// few frames instead of one frame (and one store poll) per key.
  static let burstLimit = 256

  /// What arrived: waits up to a tick for the first key or resize, then takes whatever else is
  /// already waiting (up to `burstLimit`). Empty when the tick passed without input.
  func readInputs(from screen: CursesScreen) -> [TerminalInput] {
    guard let first = screen.readKey(timeout: Self.tickMilliseconds) else { return [] }
    var inputs = [first]
    while inputs.count < Self.burstLimit, let next = screen.readKey(timeout: 0) { inputs.append(next) }
    return inputs
  }

  /// The rotation: event.toml's, or the `--screens` override.
  var rotation: [RotationStep] {
    screenOverride.map { ScreenSelection.rotation($0, from: folder.config.rotation) } ?? folder.config.rotation
  }

  /// Loads the theme again (it may be the file that was edited) and applies it, unless it has errors:
  /// then the theme in use (the last good one) stays, and the errors are returned for the moderator.
  mutating func reloadTheme(on screen: CursesScreen, messages: inout [String]) -> [Problem] {
    let (reloaded, problems) = ThemeLoader.load(name: themeOverride ?? folder.config.theme, eventDirectory: folder.directory)
    for problem in problems { note(problem.described(in: folder.directory.path), in: &messages) }
    let errors = problems.filter { $0.severity == .error }
    if errors.isEmpty, reloaded != theme {
      theme = reloaded
      screen.apply(theme: reloaded)
    }
    return errors
  }

  /// The reducer's effects, carried out on the store as this process.
  var storeEffects: StoreEffects { StoreEffects(store: store, actor: actor) }

  /// Who writes, for the audit log: this process and its terminal.
  var actor: String {
    let tty = ttyname(STDIN_FILENO).map { String(cString: $0) } ?? "no terminal"
    return "\(moderatorConsole ? "mingle moderate" : "kiosk") pid \(getpid()) on \(tty)"
  }

  /// The whole screen for `state` at `now`.
  func frame(state: KioskState, now: Date, glyphs: GlyphSet) -> CellBuffer {
    var buffer = CellBuffer(width: state.columns, height: state.rows)
    let context = RenderContext(glyphs: glyphs, now: now, screenElapsed: state.screenElapsed(at: now), timeZone: folder.config.timeZone)
    KioskDisplay(event: state.event, directory: state.directory, tips: folder.tips, kiosk: state, keyHints: keyHints(for: state, at: now), qrCodes: QRCodeCache.shared.provider)
      .render(in: buffer.area, into: &buffer, context: context)
    return buffer
  }

  /// The keys that work at `now`: the display's or the open flow's (and Ctrl-C when unlocked).
  func keyHints(for state: KioskState, at now: Date) -> [KeyHint] {
    KioskDisplay.keyHints(for: state, at: now) + (unlocked ? [KeyHint(key: "Ctrl-C", label: "quit")] : [])
  }

  /// Keeps one copy of each message (a failing store would otherwise repeat it every tick).
  private func note(_ message: String, in messages: inout [String]) {
    if !messages.contains(message) { messages.append(message) }
  }
}
