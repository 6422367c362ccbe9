import EventState
import Foundation

/// The event folder a command names, checked before anything is read or created in it.
enum EventDirectory {
  /// The folder at `directory`, which must hold an event.toml. Throws a `CommandFailure`.
  static func load(_ directory: String) throws -> EventFolder {
    let url = URL(fileURLWithPath: directory)
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(EventFolder.FileName.config).path) else {
      throw CommandFailure.problem("\(directory): no such event folder (create one with `mingle init \(directory)`)")
    }
    return EventFolder.load(from: url)
  }

  /// The live store of `folder`, created when the event never ran. Throws a `CommandFailure`.
  static func store(of folder: EventFolder) throws -> EventStore {
    do {
      return try EventStore(url: folder.stateURL)
    } catch {
      throw CommandFailure.problem("\(error)")
    }
  }
}
