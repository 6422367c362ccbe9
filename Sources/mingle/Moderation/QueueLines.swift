import EventState
import Foundation

/// The open-mic queue as `mingle queue` prints it: one entry per line, five fields separated by tabs:
///
///     LIVE   <id>  <name>  <spoken>/<slot>[ paused]  <pitch>    the live speaker
///     <n>    <id>  <name>  <slot>                    <pitch>    waiting: 1 speaks next, then 2, …
///     DONE   <id>  <name>  <spoken>                  <pitch>    finished, in the order they spoke
///
/// Times are minutes and seconds (`2:05`). Names and pitches are one line each (they were sanitized
/// when they entered the store), so `cut -f2` gives the ids and `grep ^LIVE` the live speaker.
enum QueueLines {
  /// Every entry of `live`: the live speaker, the waiting ones in speaking order under `settings`,
  /// then the finished ones.
  static func all(_ live: LiveState, settings: OpenMicSettings, now: Date) -> [String] {
    listed(live, settings: settings, now: now).map(\.line)
  }

  /// The line `all` prints for the entry with `id`, if it is in the queue.
  static func line(of id: String, in live: LiveState, settings: OpenMicSettings, now: Date) -> String? {
    listed(live, settings: settings, now: now).first { $0.id == id }?.line
  }

  /// Each entry's id with its line, in the order `all` prints them.
  private static func listed(_ live: LiveState, settings: OpenMicSettings, now: Date) -> [(id: String, line: String)] {
    let speaking = live.liveSpeaker.map { [($0.id, self.live($0, now: now))] } ?? []
    let waiting = live.upNext(settings).enumerated().map { ($1.id, waitingLine($1, place: $0 + 1)) }
    return speaking + waiting + live.finished.reversed().map { ($0.id, done($0, now: now)) }
  }

  /// The line of the live speaker at `now`.
  static func live(_ entry: OpenMicEntry, now: Date) -> String {
    let time = "\(clock(entry.spokenSeconds(at: now)))/\(clock(Double(entry.slotSeconds)))"
    return line("LIVE", entry, time + (entry.isTimerPaused ? " paused" : ""))
  }

  /// The line of a waiting entry, `place` in the speaking order.
  static func waitingLine(_ entry: OpenMicEntry, place: Int) -> String {
    line("\(place)", entry, clock(Double(entry.slotSeconds)))
  }

  /// The line of a finished entry.
  static func done(_ entry: OpenMicEntry, now: Date) -> String {
    line("DONE", entry, clock(entry.spokenSeconds(at: now)))
  }

  /// `seconds` (rounded down) as minutes and seconds, e.g. `2:05`.
  static func clock(_ seconds: Double) -> String {
    let whole = max(0, Int(seconds))
    return "\(whole / 60):" + String(format: "%02d", whole % 60)
  }

  private static func line(_ mark: String, _ entry: OpenMicEntry, _ time: String) -> String {
    [mark, entry.id, entry.name, time, entry.pitch].joined(separator: "\t")
  }
}
