import Foundation

/// The worker's output, written with write(2) straight to the file descriptors, so that nothing
/// acknowledged waits in a buffer when the process is killed.
enum WorkerOutput {
  /// Writes the acknowledgement `line` and a newline to standard output.
  static func acknowledge(_ line: String) {
    send(line + "\n", to: STDOUT_FILENO)
  }

  /// Writes `message` to standard error and exits with `status`.
  static func fail(_ message: String, status: Int32) -> Never {
    send(message + "\n", to: STDERR_FILENO)
    exit(status)
  }

  /// Writes all of `text` to `descriptor`, continuing after short writes and interruptions; exits
  /// with status 2 when the descriptor cannot be written.
  static func send(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if written < 0 && errno != EINTR {
        exit(2)
      }
    }
  }
}
