import Foundation

/// A program running in a detached tmux session of a fixed size, on a private tmux server.
/// Tests type with `send(keys:)` and read the screen with `screen()`; they wait by polling.
final class TmuxSession {
  let socket = "mingle-e2e-\(UUID().uuidString.prefix(8))"

  /// Starts `command` (arguments are shell-quoted) at `columns`×`rows` in a clean environment (a UTF-8
  /// locale, TERM=xterm-256color, PATH and HOME) with `environment` added: nothing of the test runner's
  /// own environment (NO_COLOR, say) leaks in.
  init(_ command: [String], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
    let inherited = ProcessInfo.processInfo.environment
    let base = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"]
    let env = base.merging(environment) { _, new in new }
    let line = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Shell.quote($0.value))" }.joined(separator: " ")
      + " " + command.map(Shell.quote).joined(separator: " ")
    try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "env -i \(line)"])
    try tmux(["set-option", "-g", "remain-on-exit", "on"])
    try tmux(["set-option", "-g", "status", "off"])
    try tmux(["set-option", "-g", "window-size", "manual"])
  }

  deinit { _ = try? tmux(["kill-server"]) }

  /// The visible screen as text lines.
  func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "" }

  /// The visible screen with its colours and attributes as SGR escape sequences (as tmux saw them).
  func styledScreen() -> String { (try? tmux(["capture-pane", "-p", "-e", "-t", "main"])) ?? "" }

  /// Sends tmux key names (`Enter`, `Right`, `C-c`, …).
  func send(keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

  /// Types `text` literally.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

  /// Resizes the terminal.
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
  }

  /// The pid of the program in the pane.
  func pid() throws -> Int32 {
    Int32(try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// A pane variable such as `alternate_on`, `cursor_flag` or `pane_dead_status`.
  func variable(_ name: String) -> String {
    ((try? tmux(["display-message", "-p", "-t", "main", "#{\(name)}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the seconds it took,
  /// or nil on timeout.
  @discardableResult
  func wait(timeout: Double = 10, until predicate: (String) -> Bool) -> Double? {
    let start = Date()
    while Date().timeIntervalSince(start) < timeout {
      if predicate(screen()) { return Date().timeIntervalSince(start) }
      usleep(25_000)
    }
    return predicate(screen()) ? Date().timeIntervalSince(start) : nil
  }

  /// Polls until the screen contains `text`; returns the seconds it took, or nil on timeout.
  @discardableResult
  func wait(for text: String, timeout: Double = 10) -> Double? { wait(timeout: timeout) { $0.contains(text) } }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    try Shell.run("/usr/bin/tmux", ["-L", socket] + arguments).output
  }
}
