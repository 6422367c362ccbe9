import CNcursesw
import EventState
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
  ///
  /// Bytes are read with `wgetch` and decoded here (see `UTF8KeyDecoder`); a byte that is not valid
  /// UTF-8 comes back as an unknown key, which every screen ignores.
  public func readKey(timeout milliseconds: Int) -> TerminalInput? {
    wtimeout(window, Int32(max(0, milliseconds)))
    let code = wgetch(window)
    if code == mingle_ERR() { return nil }
    if code == mingle_KEY_RESIZE() { return .resize }
    guard (0...0xFF).contains(code) else { return .key(KeyTranslation.functionKey(code)) }
    let lead = UInt8(code)
    guard lead >= 0x80 else { return .key(KeyTranslation.character(UInt32(lead))) }
    guard let length = UTF8KeyDecoder.length(lead: lead) else { return .key(.unknown(code)) }
    return .key(readRest(of: lead, length: length))
  }

  /// Milliseconds to wait for the rest of a multi-byte character (its bytes arrive together).
  static let continuationMilliseconds: Int32 = 50

  /// Reads the continuation bytes of a character starting with `lead`. A byte that does not continue
  /// it is put back to be read as the next key.
  func readRest(of lead: UInt8, length: Int) -> KeyPress {
    wtimeout(window, Self.continuationMilliseconds)
    var bytes = [lead]
    while bytes.count < length {
      let next = wgetch(window)
      guard next != mingle_ERR() else { return .unknown(Int32(lead)) }
      guard (0...0xFF).contains(next), UTF8KeyDecoder.isContinuation(UInt8(next)) else {
        ungetch(next)
        return .unknown(Int32(lead))
      }
      bytes.append(UInt8(next))
    }
    guard let scalar = UTF8KeyDecoder.scalar(bytes) else { return .unknown(Int32(lead)) }
    return KeyTranslation.character(scalar.value)
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
