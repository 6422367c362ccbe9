import ArgumentParser
import EventState
import Foundation

/// `mingle queue next DIR [--expect-live ID]`: the live speaker finishes, the next one goes live.
struct QueueNextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "Finish the live speaker and put the next one live.",
    discussion: """
      The next speaker is the first in the speaking order (`mingle queue list`); their timer starts. \
      Prints who finished (a DONE line) and who is live now (a LIVE line), as `mingle queue list` does. \
      The change is a compare-and-set: it happens only if the live speaker is still the one this command \
      read (or the one --expect-live names), so two moderators pressing next together advance the queue \
      once. To make a button safe against double presses, read the live id first and pass it: \
      `mingle queue next DIR --expect-live "$(mingle queue list DIR | awk -F'\\t' '$1 == "LIVE" {print $2}')"` \
      (empty: nobody live).

      Exit status 4 when nothing changed: another moderator moved the queue on first (the message says \
      who is live now), or nobody is live or waiting.

      \(ScriptFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Option(
    name: .customLong("expect-live"),
    help: ArgumentHelp(
      "Advance only if this entry is still the live one (an id; empty or `none`: only if nobody is live).", valueName: "ID"))
  var expectLive: String?

  func run() throws {
    try ScriptFailure.reporting {
      let access = try ModeratorAccess.unlock(directory, command: "queue next")
      let now = Date()
      let expected: String?
      if let expectLive {
        expected = expectLive.isEmpty || expectLive == "none" ? nil : expectLive
      } else {
        expected = try access.store.snapshot(now: now).liveSpeaker?.id
      }
      let outcome = try access.store.advanceQueue(
        expectingLive: expected, settings: access.folder.config.openMic, at: now, actor: access.actor)
      switch outcome {
      case .advanced(let finished, let live):
        if let finished { print(QueueLines.done(finished, now: now)) }
        if let live { print(QueueLines.live(live, now: now)) }
      case .alreadyAdvanced(let live):
        let current = live.map { "\($0.name) (\($0.id)) is live" } ?? "nobody is live"
        throw ScriptFailure.nothingDone("Not advanced: the live speaker is not the one expected; \(current) now")
      case .empty:
        throw ScriptFailure.nothingDone("Nothing to advance: nobody is live or waiting")
      }
    }
  }
}
