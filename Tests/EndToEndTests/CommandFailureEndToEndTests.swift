import EventState
import Foundation
import Testing

/// A command that fails at its work (a file it cannot write, a store it cannot open, a folder that is
/// not there) says why on standard error and exits 1, without the usage that wrong arguments get
/// (status 64).
@Suite struct CommandFailureEndToEndTests {
  /// Checks that `result` is a runtime failure saying `message`.
  func expectFailure(_ result: Shell.Result, saying message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 1, "\(result.error)", sourceLocation: sourceLocation)
    #expect(result.error.contains(message), "\(result.error)", sourceLocation: sourceLocation)
    #expect(!result.error.contains("Usage:"), "\(result.error)", sourceLocation: sourceLocation)
  }

  /// A path that cannot be created by anyone, root included: it goes through a regular file.
  func impossiblePath(_ name: String) throws -> String {
    let file = try MingleBinary.temporaryFolder().appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    return file.appendingPathComponent(name).path
  }

  @Test func exportThatCannotWriteItsFile() throws {
    let fixture = try EventFixture()
    let result = try MingleBinary.run(["export", fixture.folder.path, "--format", "csv", "--out", try impossiblePath("x.csv")])
    expectFailure(result, saying: "cannot write the export to ")
  }

  @Test func initOnAnEventOrWhereNothingCanBeCreated() throws {
    let fixture = try EventFixture()
    expectFailure(try MingleBinary.run(["init", fixture.folder.path]), saying: "already holds an event")
    expectFailure(try MingleBinary.run(["init", try impossiblePath("party")]), saying: "cannot create ")
  }

  @Test func kioskCommandsOnAMissingFolderOrABrokenStore() throws {
    expectFailure(try MingleBinary.run(["run", "/nonexistent/mingle-event"]), saying: "no such event folder")
    expectFailure(try MingleBinary.run(["moderate", "/nonexistent/mingle-event"]), saying: "no such event folder")
    expectFailure(try MingleBinary.run(["export", "/nonexistent/mingle-event", "--format", "md"]), saying: "no such event folder")

    let fixture = try EventFixture()
    try FileManager.default.createDirectory(at: fixture.event.stateURL, withIntermediateDirectories: true)
    let run = try MingleBinary.run(["run", fixture.folder.path], environment: fixture.environment)
    expectFailure(run, saying: "state.sqlite: is a folder")
  }

  @Test func demoThatCannotWriteItsFolder() throws {
    let result = try MingleBinary.run(["demo"], environment: ["XDG_STATE_HOME": try impossiblePath("state")])
    expectFailure(result, saying: "cannot write the demo event")
  }

  @Test func wrongArgumentsAreStillUsageErrors() throws {
    let fixture = try EventFixture()
    for arguments in [
      ["export", fixture.folder.path, "--format", "docx"], ["init", fixture.folder.path, "--pin", "12"],
      ["run", fixture.folder.path, "--screens", "nonsense"],
    ] {
      let result = try MingleBinary.run(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.error.contains("Usage:"), "\(arguments): \(result.error)")
    }
  }
}
