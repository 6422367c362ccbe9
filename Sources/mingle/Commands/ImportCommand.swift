import ArgumentParser
import EventState
import Foundation

/// `mingle import FILE --into DIR`: a ticketing export (or mingle's own format) into attendees.csv.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import an Eventbrite, Luma or Meetup attendee export, or a roster in mingle's own format, into an event folder's attendees.csv.",
    discussion: """
      The format is detected from the headers; custom questions map to fields through [roster.columns] \
      of DIR/event.toml, and obvious ones are guessed (the report marks every guess). People with the \
      same email are merged, also with those already in attendees.csv unless --replace is given. The \
      previous attendees.csv is kept as attendees.csv.bak. Exits with status 1, with nothing changed, \
      when nobody could be imported or the file, the folder or its attendees.csv cannot be used.
      """)

  @Argument(help: "The attendee list to import (CSV).", completion: .file(extensions: ["csv"]))
  var file: String

  @Option(help: ArgumentHelp("The event folder whose attendees.csv is written.", valueName: "DIR"), completion: .directory)
  var into: String

  @Option(help: "Read the file as this format instead of detecting it.")
  var format: RosterFormat?

  @Flag(help: "Import only people the file marks as checked in.")
  var checkedInOnly = false

  @Flag(help: "Replace attendees.csv instead of merging into it.")
  var replace = false

  func run() throws {
    let options = RosterImport.Options(format: format, checkedInOnly: checkedInOnly, replace: replace)
    try CommandFailure.reporting {
      let report: RosterImportReport
      do {
        report = try RosterImport.run(
          file: URL(fileURLWithPath: file), source: file, into: URL(fileURLWithPath: into), options: options)
      } catch let failure as RosterImport.Failure {
        throw CommandFailure.problem(failure.description)
      }
      for line in report.lines(folder: into) { print(line) }
      if !report.succeeded { throw ExitCode(1) }
    }
  }
}

extension RosterFormat: ExpressibleByArgument {}
