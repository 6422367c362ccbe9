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
      Prints who finished (a DONE line) and who is live now (a LIVE line), as `mingle queue list` does.

      The change is a compare-and-set on the live speaker: it happens only if the speaker who was live \
      when this command started (read before the PIN is asked for and checked) is still live, or the one \
      --expect-live names. So two `next` commands started while the same speaker is live advance the \
      queue once: one exits 0, the other exits 4 and says who is live now. A `next` started after \
      another one has finished advances again; to tie a button to the speaker it showed, pass that \
      speaker's id: `mingle queue next DIR --expect-live ID` (empty or `none`: only if nobody is live).

      Exit status 4 when nothing changed: another moderator moved the queue on first (the message says \
      who is live now), or nobody is live or waiting.

      \(CommandFailure.statusHelp)
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  @Option(
    name: .customLong("expect-live"),
    help: ArgumentHelp(
      "Advance only if this entry is still the live one (an id; empty or `none`: only if nobody is live).", valueName: "ID"))
  var expectLive: String?

  func run() throws {
    try CommandFailure.reporting {
      let gate = try ModeratorGate.open(directory, command: "queue next")
      let expected: String?
      if let expectLive {
        expected = expectLive.isEmpty || expectLive == "none" ? nil : expectLive
      } else {
        expected = try gate.store.snapshot(now: Date()).liveSpeaker?.id
      }
      let access = try gate.unlock()
      let now = Date()
      let outcome = try access.store.advanceQueue(
        expectingLive: expected, settings: access.folder.config.openMic, at: now, actor: access.actor)
      switch outcome {
      case .advanced(let finished, let live):
        if let finished { print(QueueLines.done(finished, now: now)) }
        if let live { print(QueueLines.live(live, now: now)) }
      case .alreadyAdvanced(let live):
        let current = live.map { "\($0.name) (\($0.id)) is live" } ?? "nobody is live"
        throw CommandFailure.nothingDone("Not advanced: the live speaker is not the one expected; \(current) now")
      case .empty:
        throw CommandFailure.nothingDone("Nothing to advance: nobody is live or waiting")
      }
    }
  }
}
