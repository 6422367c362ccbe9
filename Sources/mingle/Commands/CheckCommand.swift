import ArgumentParser
import EventState
import Foundation
import KioskUI

/// `mingle check DIR`: validates every file of an event folder.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check an event folder and print every problem as file:line: message.",
    discussion: """
      When attendees.csv is a ticketing export (or has columns whose meaning was guessed), first prints \
      its format and how each column is read, as `mingle import` does. Exits with status 1 when there \
      are errors (warnings alone exit 0).
      """)

  @Argument(help: "The event folder.", completion: .directory)
  var directory: String

  func run() throws {
    let url = URL(fileURLWithPath: directory)
    let folder = EventFolder.load(from: url)
    let (_, themeProblems) = ThemeLoader.load(name: folder.config.theme, eventDirectory: url)
    let problems = folder.problems + themeProblems
    let rosterPath = (directory as NSString).appendingPathComponent(EventFolder.FileName.roster)
    for line in RosterMappingReport.lines(ofRosterIn: folder, path: rosterPath) { print(line) }
    for problem in problems { print(problem.described(in: directory)) }
    let errors = problems.filter { $0.severity == .error }.count
    let warnings = problems.count - errors
    print("\(folder.config.name): \(folder.roster.count) attendees, \(folder.config.topics.count) topics, \(folder.tips.count) tips; \(errors) error(s), \(warnings) warning(s)")
    if errors > 0 { throw ExitCode(1) }
  }
}
