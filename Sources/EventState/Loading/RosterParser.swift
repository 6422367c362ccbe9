import Foundation

/// Reads attendees.csv (mingle's own columns or an Eventbrite, Luma or Meetup export) into attendees.
///
/// Never fails: every problem is a `Problem` with the line of the record (or field) it is about.
/// - The format is detected from the headers unless `format` is given; columns map to fields as
///   `RosterColumns` describes, with `columns` (from event.toml's `[roster.columns]`) taking precedence.
/// - A column that fills the same field as an earlier one (other than topics and check-in) is read only
///   where the earlier one is empty; unless both are fixed columns of the format, that is reported.
/// - Rows with fewer or more fields than the header are kept (missing cells read as empty) and reported.
/// - Cells that are not valid UTF-8 are decoded with replacement characters and reported.
/// - Entirely blank rows are skipped silently; rows without a name are skipped and reported.
/// - Luma guests who are declined, waitlisted or still pending approval are not at the event: skipped and
///   reported.
/// - Rows with the same email (compared without case) are merged into the first: later rows fill what the
///   first left empty (see `Attendee.fill(from:)`), reported with both lines.
public enum RosterParser {
  /// Parses the bytes of a roster; `file` names it in problems.
  public static func parse(
    _ data: Data, file: String = "attendees.csv", columns: [String: RosterField] = [:], format: RosterFormat? = nil
  ) -> RosterParse {
    let reader = CSVReader(data: data)
    var problems: [Problem] = []
    func warn(_ message: String, line: Int?, severity: Problem.Severity = .warning) {
      problems.append(Problem(file: file, line: line, message: message, severity: severity))
    }
    if let line = reader.unterminatedQuoteLine {
      warn(
        "a quote opened here is never closed: the rest of the file was read as one cell", line: line, severity: .error)
    }
    guard let header = reader.records.first else {
      warn("no attendees: the file is empty", line: nil)
      return RosterParse(attendees: [], format: format ?? .mingle, mapping: [], problems: problems)
    }
    let headers = header.fields.map { Sanitizer.line($0.text) }
    for (index, field) in header.fields.enumerated() where !field.isValidUTF8 {
      warn("invalid UTF-8 in the header of column \(index + 1)", line: field.line)
    }
    let rosterFormat = format ?? RosterFormat.detect(headers: headers)
    let assignments = RosterColumns.assign(headers: headers, format: rosterFormat, configured: columns)
    let mapping = zip(headers, assignments).map { (column: $0, field: $1.field, guessed: $1.guessed) }
    for (column, earlier, field) in RosterColumns.fallbacks(headers: headers, assignments: assignments) {
      warn(
        "columns \"\(earlier)\" and \"\(column)\" both map to \(field.rawValue); \"\(column)\" is read only where "
          + "\"\(earlier)\" is empty (map one of them to \"ignore\" in [roster.columns] of event.toml to choose)",
        line: header.line)
    }
    for (unused, used) in RosterColumns.unusedKeys(of: columns) {
      warn(
        "[roster.columns] names \"\(Sanitizer.line(used))\" and \"\(Sanitizer.line(unused))\", the same column; "
          + "\"\(Sanitizer.line(unused))\" is not used",
        line: header.line)
    }
    let normalizedHeaders = Set(headers.map(RosterColumns.normalized))
    // mingle's own format (what `mingle import` writes) has no custom-question columns to map.
    let expectsCustomColumns = rosterFormat != .mingle
    for configured in columns.keys.sorted()
    where expectsCustomColumns && !normalizedHeaders.contains(RosterColumns.normalized(configured)) {
      warn(
        "[roster.columns] names \"\(Sanitizer.line(configured))\", which is not a column of this file",
        line: header.line)
    }
    let nameFields: Set<RosterField> = [.name, .firstName, .lastName]
    guard assignments.contains(where: { nameFields.contains($0.field) }) else {
      warn(
        "no name column: expected \"name\" (or \"first_name\" and \"last_name\"), or map one in [roster.columns] of event.toml",
        line: header.line, severity: .error)
      return RosterParse(attendees: [], format: rosterFormat, mapping: mapping, problems: problems)
    }
    let layout = RosterRow.Layout(headers: headers, fields: assignments.map(\.field))
    let approvalColumn =
      rosterFormat == .luma ? headers.firstIndex { RosterColumns.normalized($0) == "approval_status" } : nil

    var attendees: [Attendee] = []
    var indexByEmail: [String: Int] = [:]
    for record in reader.records.dropFirst() {
      if record.fields.allSatisfy({ Sanitizer.line($0.text).isEmpty }) { continue }
      if record.fields.count < headers.count {
        warn(
          "this row has \(record.fields.count) cells, the header \(headers.count); the missing ones are read as empty",
          line: record.line)
      } else if record.fields.count > headers.count {
        warn(
          "this row has \(record.fields.count) cells, the header \(headers.count); the extra ones are ignored",
          line: record.line)
      }
      var row = RosterRow(line: record.line, layout: layout)
      for (index, field) in record.fields.enumerated() {
        if !field.isValidUTF8 {
          let column = index < headers.count ? headers[index] : "column \(index + 1)"
          warn("invalid UTF-8 in column \"\(column)\"", line: field.line)
        }
        row.set(field.text, column: index)
      }
      if let approvalColumn, approvalColumn < record.fields.count {
        let status = Sanitizer.line(record.fields[approvalColumn].text).lowercased()
        if ["declined", "waitlist", "pending_approval", "rejected"].contains(status) {
          warn("skipped: approval status is \"\(status)\" (not attending)", line: record.line)
          continue
        }
      }
      guard let attendee = row.attendee(file: file, problems: &problems) else {
        warn("skipped: no name", line: record.line)
        continue
      }
      let emailKey = attendee.email.lowercased()
      if !emailKey.isEmpty, let earlier = indexByEmail[emailKey] {
        attendees[earlier].fill(from: attendee)
        warn("same email as line \(attendees[earlier].line); merged into that entry", line: record.line)
        continue
      }
      if !emailKey.isEmpty { indexByEmail[emailKey] = attendees.count }
      attendees.append(attendee)
    }
    if attendees.isEmpty { warn("no attendees", line: nil) }
    return RosterParse(attendees: attendees, format: rosterFormat, mapping: mapping, problems: problems.sortedByLine())
  }
}
