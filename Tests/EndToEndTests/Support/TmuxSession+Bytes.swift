import Foundation

extension TmuxSession {
  /// Sends `bytes` to the program exactly as they are (tmux's `send-keys -H`), in one call.
  func send(bytes: [UInt8]) throws {
    let hex = bytes.map { String(format: "%02x", $0) }
    try Shell.run("/usr/bin/tmux", ["-L", socket, "send-keys", "-t", "main", "-H"] + hex)
  }
}
