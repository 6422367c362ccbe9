/// What `RosterParser` made of an attendee list.
public struct RosterParse: Sendable {
  /// The people, in file order, duplicates merged and skipped rows left out.
  public var attendees: [Attendee]
  /// The format the columns were read as (detected or given).
  public var format: RosterFormat
  /// Every header, in column order, with the field it fills (`ignore` when unused) and whether that was
  /// guessed from the header's wording rather than known or configured.
  public var mapping: [(column: String, field: RosterField, guessed: Bool)]
  /// Errors and warnings, in line order.
  public var problems: [Problem]

  /// A parse result from its parts.
  public init(
    attendees: [Attendee], format: RosterFormat, mapping: [(column: String, field: RosterField, guessed: Bool)],
    problems: [Problem]
  ) {
    self.attendees = attendees
    self.format = format
    self.mapping = mapping
    self.problems = problems
  }
}
