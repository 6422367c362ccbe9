/// A problem found while loading a file, reported as `file:line: message`.
public struct Problem: Sendable, Hashable, CustomStringConvertible, Error {
  public enum Severity: String, Sendable, Hashable {
    /// The file (or the part of it) could not be used.
    case error
    /// Used, but something was ignored or guessed.
    case warning
  }

  /// File name as the organizer knows it (e.g. `attendees.csv`).
  public var file: String
  /// 1-based line, when the problem has one.
  public var line: Int?
  public var message: String
  public var severity: Severity

  public init(file: String, line: Int? = nil, message: String, severity: Severity = .error) {
    self.file = file
    self.line = line
    self.message = message
    self.severity = severity
  }

  /// `file:line: message` (or `file: message`), with "warning: " before warnings.
  public var description: String { described(in: nil) }

  /// Like `description`, with the file's path given from `folder` (e.g. `events/nov/attendees.csv:3: …`),
  /// so that editors and terminals can jump to it.
  public func described(in folder: String?) -> String {
    var path = file
    if let folder, !folder.isEmpty, !file.hasPrefix("/") {
      path = (folder.hasSuffix("/") ? folder : folder + "/") + file
    }
    let place = line.map { "\(path):\($0)" } ?? path
    return "\(place): \(severity == .warning ? "warning: " : "")\(message)"
  }
}
