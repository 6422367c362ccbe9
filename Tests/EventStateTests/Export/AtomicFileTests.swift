import Foundation
import Testing

@testable import EventState

/// Replacing files in one step.
@Suite struct AtomicFileTests {
  @Test func writesANewFileAndLeavesNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    let url = folder.url.appendingPathComponent("out.csv")
    try AtomicFile.write(Data("new".utf8), to: url, backup: folder.url.appendingPathComponent("out.csv.bak"))
    #expect(try String(contentsOf: url, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.csv"], "no backup of nothing")
  }

  @Test func replacingKeepsTheOldContentsAsBackupAndThePermissions() throws {
    let folder = try TemporaryFolder()
    try folder.write("roster.csv", "old")
    let url = folder.url.appendingPathComponent("roster.csv")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    let backup = folder.url.appendingPathComponent("roster.csv.bak")
    try AtomicFile.write(Data("new".utf8), to: url, backup: backup)
    #expect(try String(contentsOf: url, encoding: .utf8) == "new")
    #expect(try String(contentsOf: backup, encoding: .utf8) == "old")
    let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path)) == ["roster.csv", "roster.csv.bak"])
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    let target = folder.url.appendingPathComponent("taken")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    try folder.write("taken/inside", "keep")
    #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("new".utf8), to: target) }
    #expect(try String(contentsOf: target.appendingPathComponent("inside"), encoding: .utf8) == "keep")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["taken"])
  }

  @Test func aMissingFolderIsReportedWithThePath() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-no-such-\(UUID().uuidString)/x.md")
    do {
      try AtomicFile.write(Data("x".utf8), to: url)
      Issue.record("writing into a missing folder must fail")
    } catch let failure as AtomicFile.Failure {
      #expect(failure.path == url.path)
      #expect(failure.description.hasPrefix(url.path + ": "))
    }
  }
}
