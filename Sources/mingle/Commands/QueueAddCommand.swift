import ArgumentParser
import EventState
import Foundation

/// `mingle queue add DIR NAME --pitch TEXT [--minutes N]`: someone joins the open-mic queue.
struct QueueAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a speaker at the end of the open-mic queue.",
    discussion: """
      Prints the new entry as `mingle queue list` does (its place in the speaking order, its id, …).

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Argument(help: "The speaker's name.")
  var name: String

  @Option(
    help: ArgumentHelp(
      "What they will talk about, one line of at most \(OpenMicWizard.pitchLimit) characters.", valueName: "text"))
  var pitch: String

  @Option(
    help: ArgumentHelp(
      "Speaking time, \(OpenMicWizard.minutesRange.lowerBound) to \(OpenMicWizard.minutesRange.upperBound) minutes.",
      valueName: "N"))
  var minutes = OpenMicWizard.defaultMinutes

  func validate() throws {
    let cleanName = Sanitizer.line(name)
    if cleanName.isEmpty { throw ValidationError("the name is empty") }
    if cleanName.count > OpenMicWizard.nameLimit {
      throw ValidationError("the name is longer than \(OpenMicWizard.nameLimit) characters")
    }
    if Sanitizer.line(pitch).count > OpenMicWizard.pitchLimit {
      throw ValidationError("--pitch: longer than \(OpenMicWizard.pitchLimit) characters")
    }
    if !OpenMicWizard.minutesRange.contains(minutes) {
      throw ValidationError(
        "--minutes: choose \(OpenMicWizard.minutesRange.lowerBound) to \(OpenMicWizard.minutesRange.upperBound)")
    }
  }

  func run() throws {
    try CommandFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "queue add")
      let now = Date()
      let entry = OpenMicEntry(
        id: UUID().uuidString.lowercased(), name: Sanitizer.line(name), pitch: Sanitizer.line(pitch), minutes: minutes,
        position: -1, joinedAt: now)
      try access.store.enqueue(entry, actor: access.actor)
      let live = try access.store.snapshot(now: now)
      if let line = QueueLines.line(of: entry.id, in: live, settings: access.folder.config.openMic, now: now) { print(line) }
    }
  }
}
