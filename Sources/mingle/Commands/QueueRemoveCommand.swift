import ArgumentParser
import EventState
import Foundation

/// `mingle queue remove DIR ID-or-NAME`: takes a waiting entry out of the open-mic queue.
struct QueueRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Take a waiting speaker out of the open-mic queue.",
    discussion: """
      Names the entry by its id (see `mingle queue list`) or by the speaker's name (ignoring case and \
      accents; it must fit one waiting entry only). The live speaker is not removed: finish them with \
      `mingle queue next`. Prints `Removed NAME (ID)`.

      Exit status 4 when no waiting entry has that id or name, the name fits several, or the entry is \
      live or done.

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: ArgumentHelp("The entry's id, or the speaker's name.", valueName: "id-or-name"))
  var entry: String

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "queue remove")
      let target = try waitingEntry(in: try access.store.snapshot(now: Date()))
      guard let removed = try access.store.removeQueueEntry(id: target.id, actor: access.actor) else {
        throw CommandFailure.nothingDone("\(target.name) (\(target.id)) is no longer waiting")
      }
      print("Removed \(removed.name) (\(removed.id))")
    }
  }

  /// The waiting entry `entry` names in `live`.
  private func waitingEntry(in live: LiveState) throws -> OpenMicEntry {
    if let byID = live.queue.first(where: { $0.id == entry }) {
      switch byID.status {
      case .queued: return byID
      case .live: throw isLive(byID)
      case .done: throw CommandFailure.nothingDone("\(byID.name) has spoken already")
      }
    }
    let name = NameKey.fold(Sanitizer.line(entry))
    let named = live.waiting.filter { NameKey.fold($0.name) == name }
    guard let first = named.first else {
      if let speaking = live.liveSpeaker, NameKey.fold(speaking.name) == name { throw isLive(speaking) }
      throw CommandFailure.nothingDone("Nobody waiting has the id or name \(Sanitizer.line(entry))")
    }
    guard named.count == 1 else {
      throw CommandFailure.nothingDone(
        "\(named.count) waiting entries are named \(first.name): give the id (\(named.map(\.id).joined(separator: ", ")))")
    }
    return first
  }

  /// The refusal to remove the live speaker.
  private func isLive(_ speaker: OpenMicEntry) -> CommandFailure {
    .nothingDone("\(speaker.name) is live: finish them with `mingle queue next \(directory)`")
  }
}
