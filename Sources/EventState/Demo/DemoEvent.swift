import Foundation

/// The bundled demo event: a 40-person climate-tech meetup in Berlin, as the three files of an event
/// folder. `mingle` with no arguments runs it; `mingle init DIR` starts a new event from it.
public enum DemoEvent {
  /// The demo's moderator PIN (it is public: use it only for the demo).
  public static let pin = "2468"

  /// The hash of `pin` written in the demo's event.toml.
  public static let pinHash = PINHash(
    encoded:
      "pbkdf2-sha256$30000$51e5124ddbb5eab4dac93d243496d720$b9544d074d8a23026629319e9f653359753ad46e8f602dc5ae33bb18727275bd"
  )!

  /// The demo's event.toml, with `pinHash` as moderator PIN.
  public static let eventTOML = """
    # mingle event file. Check it with `mingle check DIR`, run it with `mingle run DIR`.
    name = "Climate Tech Founders & Funders — November Meetup"
    venue = "Spreewerk Loft, Berlin-Kreuzberg"
    timezone = "Europe/Berlin"
    # start = 2026-11-26T18:00:00     # optional, local time in `timezone`
    # end = 2026-11-26T22:00:00
    theme = "dark"
    idle_timeout = 60                  # seconds before an unfinished entry at the kiosk is discarded

    [[agenda]]
    time = "18:00"
    title = "Doors & drinks"

    [[agenda]]
    time = "18:45"
    title = "Welcome"

    [[agenda]]
    time = "19:00"
    title = "Open mic"

    [[agenda]]
    time = "19:45"
    title = "Networking"

    [[agenda]]
    time = "21:30"
    title = "Last call"

    [[agenda]]
    time = "22:00"
    title = "Close"

    [[topics]]
    id = "investors"
    title = "For investors"
    description = "Angels and funds meeting founders who are raising"

    [[topics]]
    id = "founders"
    title = "For founders"
    description = "Builders looking for co-founders, customers and advice"

    [[topics]]
    id = "legal"
    title = "For lawyers"
    description = "Contracts, IP, company setup and regulation"

    [[topics]]
    id = "design"
    title = "Design & product"
    description = "Research, UX, brand and product management"

    [[topics]]
    id = "engineering"
    title = "Engineers"
    description = "Hardware, software and data people who build things"

    [[topics]]
    id = "hiring"
    title = "Hiring & jobs"
    description = "Open roles, and people looking for their next one"

    [[rotation]]
    screen = "cards"
    seconds = 20

    [[rotation]]
    screen = "wall"
    seconds = 30

    [[rotation]]
    screen = "tips"
    seconds = 12

    [[rotation]]
    screen = "openmic"
    seconds = 15

    [privacy]
    roster = "consented"               # show only roster entries that answered yes to show_card

    # For an Eventbrite, Luma or Meetup export, map custom questions to fields:
    # [roster.columns]
    # "What can you help others with?" = "offer"

    [open_mic]
    board = "takeover"                 # a live speaker fills every display; "strip": rotation goes on
    no_repeat_in_a_row = true          # nobody speaks twice in a row while others wait
    first_timers_first = true          # people who have not spoken yet go first

    [moderator]
    \(moderatorLine(pinHash))

    """

  /// Writes event.toml, attendees.csv and tips.md into `directory` (created if needed), with `pinHash` as
  /// the moderator PIN; nil leaves the event without one (the `pin_hash` line is written as a comment).
  /// Pass `DemoEvent.pinHash` to keep the demo's PIN.
  ///
  /// Unless `replacing` is true, nothing is written when any of the three files exists already
  /// (`WriteError.fileExists`), so an organizer's files are never overwritten by accident. Other files of
  /// the folder (state.sqlite, themes/) are never touched.
  public static func write(to directory: URL, pinHash: PINHash?, replacing: Bool = false) throws {
    let files = [
      (EventFolder.FileName.config, eventTOML(pinHash: pinHash)),
      (EventFolder.FileName.roster, attendeesCSV),
      (EventFolder.FileName.tips, tipsMarkdown),
    ]
    if !replacing,
      let existing = files.first(where: {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent($0.0).path)
      })
    {
      throw WriteError.fileExists(existing.0)
    }
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
    }
  }

  /// Why `write(to:pinHash:replacing:)` wrote nothing.
  public enum WriteError: Error, Equatable, CustomStringConvertible {
    /// The named file is already in the folder.
    case fileExists(String)

    /// A sentence for the organizer.
    public var description: String {
      switch self {
      case .fileExists(let name): "\(name) exists already; nothing was written"
      }
    }
  }

  /// The demo's event.toml with another moderator PIN (or none).
  static func eventTOML(pinHash: PINHash?) -> String {
    eventTOML.replacingOccurrences(of: moderatorLine(Self.pinHash), with: moderatorLine(pinHash))
  }

  private static func moderatorLine(_ hash: PINHash?) -> String {
    guard let hash else { return "# pin_hash = \"…\"             # no PIN yet: write one with `mingle set-pin`" }
    return "pin_hash = \"\(hash.encoded)\""
  }
}
