import Foundation

/// Where mingle keeps its own files: `$XDG_STATE_HOME/mingle`, else `~/.local/state/mingle`.
enum StateDirectory {
  static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("mingle")
    }
    let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".local/state/mingle")
  }
}
