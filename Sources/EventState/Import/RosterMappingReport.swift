import Foundation

/// How the columns of an attendee list were read, in the words `mingle import` and `mingle check` both
/// print: the format, then columns with the field they fill, guesses marked. Every line names the file,
/// like the problems printed with it.
///
/// ```
/// report.csv: Eventbrite attendee report (detected)
/// report.csv: column "First Name" → first_name
/// report.csv: column "What are you looking for?" → seek (guessed)
/// ```
public enum RosterMappingReport {
  /// The lines for a file named `source` read as `format` (given with `--format`, or detected), with a
  /// line for each column of `mapping`.
  public static func lines(
    source: String, format: RosterFormat, formatWasGiven: Bool,
    mapping: [(column: String, field: RosterField, guessed: Bool)]
  ) -> [String] {
    ["\(source): \(format.title) (\(formatWasGiven ? "as given" : "detected"))"]
      + mapping.map { "\(source): column \"\($0.column)\" → \($0.field.rawValue)\($0.guessed ? " (guessed)" : "")" }
  }

  /// The lines for the attendees.csv of `folder`, as the folder was loaded, named `path` (e.g.
  /// `my-event/attendees.csv`): its format and the columns whose field was guessed. None when the file is
  /// missing or unreadable, or in mingle's own format with nothing guessed.
  public static func lines(ofRosterIn folder: EventFolder, path: String) -> [String] {
    guard let mapping = folder.rosterMapping else { return [] }
    let guesses = mapping.columns.filter(\.guessed)
    guard mapping.format != .mingle || !guesses.isEmpty else { return [] }
    return lines(source: path, format: mapping.format, formatWasGiven: false, mapping: guesses)
  }
}

extension RosterFormat {
  /// What the format is called in reports ("Eventbrite attendee report").
  var title: String {
    switch self {
    case .mingle: "mingle's own format"
    case .eventbrite: "Eventbrite attendee report"
    case .luma: "Luma guest export"
    case .meetup: "Meetup attendee download"
    }
  }
}
