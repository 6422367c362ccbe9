import EventState
import Foundation

/// `mingle run` on an event folder in tmux (100×30), its standard error kept in a file outside the
/// folder, and the shell that started it saying how it ended (`kiosk exited with N`).
final class BadFileKiosk {
  /// The terminal the kiosk runs in.
  let session: TmuxSession
  /// Where the kiosk's standard error goes: the problems it prints once the terminal is restored.
  let errors: URL

  /// Starts the kiosk on `folder`, showing only `screen`.
  init(folder: URL, screen: String) throws {
    errors = try MingleBinary.temporaryFolder().appendingPathComponent("kiosk-stderr.txt")
    let script = """
      \(Shell.quote(MingleBinary.path)) run \(Shell.quote(folder.path)) --screens \(screen) 2> \(Shell.quote(errors.path))
      echo "kiosk exited with $?"
      sleep 60
      """
    session = try TmuxSession(["/bin/sh", "-c", script], columns: 100, rows: 30)
  }

  /// The footer hint every kiosk screen shows while nobody uses the keyboard: the kiosk runs and draws.
  static let running = "pin your card"

  /// The kiosk's pid (the child of the shell in the pane), once it runs.
  func pid() -> Int32? {
    guard let shell = try? session.pid(), let children = try? Shell.run("/usr/bin/pgrep", ["-P", "\(shell)"], check: false) else { return nil }
    return children.output.split(separator: "\n").first.flatMap { Int32($0) }
  }

  /// Whether the kiosk process is still there.
  var isRunning: Bool { pid().map { kill($0, 0) == 0 } ?? false }

  /// F12 and the moderator PIN: the moderator panel, with the folder's problems, replaces the screen.
  func unlock() throws {
    try session.send(keys: "F12")
    guard session.wait(for: "PIN") != nil else { throw Shell.Failure(description: "no PIN prompt:\n\(session.screen())") }
    try session.type(DemoEvent.pin)
    try session.send(keys: "Enter")
    guard session.wait(for: "Esc  lock") != nil else { throw Shell.Failure(description: "the panel did not open:\n\(session.screen())") }
  }

  /// Esc: moderator mode locks and the rotation screen is back.
  func lock() throws {
    try session.send(keys: "Escape")
    guard session.wait(for: Self.running) != nil else { throw Shell.Failure(description: "moderator mode did not lock:\n\(session.screen())") }
  }

  /// Polls the screen (as text, and with its colours) until `predicate` holds; the seconds it took, or
  /// nil after `timeout`.
  @discardableResult
  func wait(timeout: Double = 10, until predicate: (_ screen: String, _ styled: String) -> Bool) -> Double? {
    session.wait(timeout: timeout) { predicate($0, session.styledScreen()) }
  }

  /// Stops the kiosk with SIGTERM: its exit status (nil when it did not end within 5 s) and what it
  /// printed on standard error.
  func stop() -> (status: Int?, errors: String) {
    if let pid = pid() { kill(pid, SIGTERM) }
    var status: Int?
    session.wait(timeout: 5) { screen in
      status = screen.firstMatch(of: /kiosk exited with (\d+)/).flatMap { Int($0.1) }
      return status != nil
    }
    return (status, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
  }
}
