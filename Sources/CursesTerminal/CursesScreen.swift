import CNcursesw
import Foundation
import KioskUI

/// The ncurses screen: set up on creation, restored by `close()` (idempotent). The only type that
/// talks to ncurses; everything it draws comes from a `CellBuffer`.
public final class CursesScreen {
  /// What the terminal can show.
  public let capabilities: TerminalCapabilities
  private let window: UnsafeMutablePointer<WINDOW>
  private let screen: OpaquePointer
  private var colors: ColorPairs
  private var lastFrame: CellBuffer?
  private var closed = false

  /// Errors while taking over the terminal.
  public enum SetupError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
      switch self {
      case .notATerminal: "mingle needs a terminal: standard input and output must be a TTY"
      case .unknownTerminal(let term): "the terminal type '\(term)' is unknown to ncurses (check TERM)"
      }
    }
  }

  /// Takes over the terminal: locale first, then ncurses in raw mode (Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-S
  /// and Ctrl-Q arrive as keys), no echo, keypad, hidden cursor, colours from `theme`.
  public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    setlocale(LC_ALL, "")
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw SetupError.notATerminal }
    let codeset = String(cString: mingle_codeset())
    let unicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    guard let screen = mingle_newterm() else {
      throw SetupError.unknownTerminal(environment["TERM"] ?? "")
    }
    self.screen = screen
    set_term(screen)
    guard let window = mingle_stdscr() else { throw SetupError.unknownTerminal(environment["TERM"] ?? "") }
    self.window = window
    raw()
    noecho()
    nonl()
    keypad(window, true)
    leaveok(window, true)
    curs_set(0)
    set_escdelay(25)
    let depth = CursesScreen.colorDepth(environment: environment)
    capabilities = TerminalCapabilities(unicode: unicode, colorDepth: depth)
    colors = ColorPairs(theme: theme, depth: depth)
  }

  deinit { close() }

  /// Restores the terminal. Safe to call more than once.
  public func close() {
    guard !closed else { return }
    closed = true
    endwin()
    delscreen(screen)
  }

  /// Columns and rows of the terminal now.
  public var size: (columns: Int, rows: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Switches to another theme; the next frame is drawn in full.
  public func apply(theme: Theme) {
    colors = ColorPairs(theme: theme, depth: capabilities.colorDepth)
    lastFrame = nil
  }

  /// Sends what changed since the last frame to the terminal (ncurses optimises the rest).
  public func draw(_ frame: CellBuffer) {
    if let last = lastFrame, last.width != frame.width || last.height != frame.height {
      werase(window)
      lastFrame = nil
    }
    var wide = [wchar_t](repeating: 0, count: 8)
    for run in frame.changes(since: lastFrame) {
      var x = run.x
      for cell in run.cells {
        defer { x += 1 }
        if cell.isContinuation { continue }
        let (attributes, pair) = colors.attributesAndPair(for: cell.role)
        CellWriter.fill(&wide, with: cell.grapheme)
        var pairNumber = pair
        var cchar = cchar_t()
        setcchar(&cchar, wide, attributes, 0, &pairNumber)
        mvwadd_wch(window, Int32(run.y), Int32(x), &cchar)
      }
    }
    lastFrame = frame
    wnoutrefresh(window)
    doupdate()
  }

  /// Forgets what is on the screen so that the next `draw` repaints everything.
  public func invalidate() {
    lastFrame = nil
    clearok(window, true)
  }

  /// Waits up to `milliseconds` for a key (a blocking read: no CPU while waiting).
  public func readKey(timeout milliseconds: Int) -> TerminalInput? {
    wtimeout(window, Int32(max(0, milliseconds)))
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == mingle_ERR() { return nil }
    if result == mingle_KEY_CODE_YES() {
      if Int32(code) == mingle_KEY_RESIZE() { return .resize }
      return .key(KeyTranslation.functionKey(Int32(code)))
    }
    return .key(KeyTranslation.character(UInt32(code)))
  }

  /// The colour depth: none when NO_COLOR is set or the terminal has no colours.
  static func colorDepth(environment: [String: String]) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
    guard has_colors() else { return .monochrome }
    start_color()
    use_default_colors()
    let count = mingle_COLORS()
    if count >= 0x1000000 { return .truecolor }
    if count >= 256 { return .palette256 }
    if count >= 8 { return .basic8 }
    return .monochrome
  }
}
