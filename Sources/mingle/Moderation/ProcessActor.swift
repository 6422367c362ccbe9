import Foundation

/// How the audit log names a command-line process: the command, its pid and its terminal.
enum ProcessActor {
  /// E.g. "mingle queue next pid 4242 on /dev/pts/3", or "… on no terminal" for a script run
  /// without one.
  static func name(command: String) -> String {
    "mingle \(command) pid \(getpid()) on \(terminalName)"
  }

  /// The terminal of standard input, output or error (the first that is one), or "no terminal".
  private static var terminalName: String {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      if let name = ttyname(descriptor) { return String(cString: name) }
    }
    return "no terminal"
  }
}
