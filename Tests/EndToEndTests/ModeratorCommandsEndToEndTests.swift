import EventState
import Foundation
import Testing

/// The moderator PIN at the command line: `mingle set-pin`, MINGLE_PIN, wrong PINs and the lockout.
@Suite struct ModeratorCommandsEndToEndTests {
  @Test func setPinReadsTwoPipedLinesAndChangesOnlyThePinLine() throws {
    let fixture = try EventFixture()
    let file = fixture.folder.appendingPathComponent("event.toml")
    let before = try String(contentsOf: file, encoding: .utf8)
    let event = ModeratedEvent(folder: fixture.folder)
    let result = try event.setPin(input: "1357\n1357\n")
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Moderator PIN set"))
    let after = try String(contentsOf: file, encoding: .utf8)
    #expect(!after.contains("1357"), "the PIN must never be stored in plain text")
    let changed = zip(before.components(separatedBy: "\n"), after.components(separatedBy: "\n")).filter { $0 != $1 }
    #expect(changed.count == 1 && changed.first?.1.hasPrefix("pin_hash = \"pbkdf2-sha256$") == true, "\(changed)")
    #expect(fixture.event.config.moderatorPIN?.verify("1357") == true)
    #expect(try event.mingle("queue", "list", event.path, pin: "1357").status == 0)
    #expect(try event.mingle("queue", "list", event.path, pin: DemoEvent.pin).status == 3)
  }

  @Test func setPinRefusesDifferingInvalidOrMissingPinsAndKeepsTheFile() throws {
    let event = try ModeratedEvent()
    let file = event.folder.appendingPathComponent("event.toml")
    let before = try Data(contentsOf: file)
    for (input, message) in [("1357\n1358\n", "the two PINs differ"), ("12\n12\n", "4 to 8 digits"), ("1357\n", "No PIN given")] {
      let result = try event.setPin(input: input)
      #expect(result.status == 3, "\(input)")
      #expect(result.error.contains(message), "\(result.error)")
      #expect(try Data(contentsOf: file) == before)
    }
  }

  @Test func setPinReplacesAPlaintextPin() throws {
    let event = try ModeratedEvent()
    let file = event.folder.appendingPathComponent("event.toml")
    let text = try String(contentsOf: file, encoding: .utf8)
      .replacingOccurrences(of: "pin_hash = \"\(DemoEvent.pinHash.encoded)\"", with: "pin = \"1234\"   # oops")
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(try event.setPin(input: "8642\n8642\n").status == 0)
    let after = try String(contentsOf: file, encoding: .utf8)
    #expect(!after.contains("pin = \"1234\""))
    #expect(after.contains("# oops"))
    let checked = try MingleBinary.run(["check", event.path])
    #expect(checked.status == 0 && !checked.output.contains("plaintext"), "\(checked.output)")
    #expect(try event.mingle("pins", "list", event.path, pin: "8642").status == 0)
  }

  @Test func initWithPinSetsTheHashTheCommandsAccept() throws {
    let folder = try MingleBinary.temporaryFolder().appendingPathComponent("party")
    #expect(try MingleBinary.run(["init", folder.path, "--pin", "97531"]).status == 0)
    let event = ModeratedEvent(folder: folder)
    #expect(try event.mingle("queue", "list", folder.path, pin: "97531").status == 0)
  }

  @Test func theRightPinIsAuditedWithTheCommandPidAndTerminal() throws {
    let event = try ModeratedEvent()
    #expect(try event.mingle("queue", "list", event.path).status == 0)
    let unlock = try #require(try event.audited("unlock").last)
    #expect(unlock.actor.hasPrefix("mingle queue list pid "), "\(unlock.actor)")
    #expect(unlock.actor.hasSuffix(" on no terminal"), "\(unlock.actor)")
  }

  @Test func fiveWrongPinsLockEveryProcessUntilSetPin() throws {
    let event = try ModeratedEvent()
    for left in ["4 attempts left", "3 attempts left", "2 attempts left", "1 attempt left"] {
      let wrong = try event.mingle("queue", "list", event.path, pin: "1111")
      #expect(wrong.status == 3)
      #expect(wrong.error == "Wrong PIN: \(left)\n")
      #expect(wrong.output.isEmpty)
    }
    let locking = try event.mingle("pins", "list", event.path, pin: "1111")
    #expect(locking.status == 3)
    #expect(locking.error == "Wrong PIN: locked for 60 s\n")

    let locked = try event.mingle("queue", "next", event.path)
    #expect(locked.status == 3, "the right PIN is not even looked at while locked")
    #expect(locked.error.hasPrefix("Locked: try again in "), "\(locked.error)")
    let refused = try event.audited("PIN refused")
    #expect(refused.count == 1, "the refusal while locked is in the audit log")
    #expect(refused.first?.actor.hasPrefix("mingle queue next pid ") == true)
    #expect(refused.first?.detail.hasPrefix("locked, ") == true, "\(refused)")
    #expect(try event.audited("wrong PIN").count == 5)
    #expect(try event.audited("unlock").isEmpty)
    #expect(try event.audited("next").isEmpty)
    #expect(try event.store().pinLockout().isLocked(at: Date()))

    #expect(try event.setPin(input: "2468\n2468\n").status == 0)
    #expect(try event.store().pinLockout() == PinLockout())
    #expect(try event.mingle("queue", "list", event.path).status == 0)
  }

  @Test func anEventWithoutPinRefusesTheCommands() throws {
    let fixture = try EventFixture()
    let result = try MingleBinary.run(["pins", "list", fixture.folder.path], environment: ["MINGLE_PIN": DemoEvent.pin])
    #expect(result.status == 3)
    #expect(result.error.contains("No moderator PIN is set"))
    #expect(result.error.contains("mingle set-pin"))
  }

  @Test func aMissingFolderIsAFileProblem() throws {
    for command in [["queue", "list"], ["announce"], ["pins", "list"], ["audit"], ["set-pin"]] {
      var arguments = command + ["/nonexistent/mingle-event"]
      if command == ["announce"] { arguments.append("Hello") }
      let result = try MingleBinary.run(arguments, environment: ["MINGLE_PIN": DemoEvent.pin])
      #expect(result.status == 1, "\(command): \(result.error)")
      #expect(result.error.contains("no such event folder"), "\(command)")
      #expect(!FileManager.default.fileExists(atPath: "/nonexistent/mingle-event"))
    }
  }

  @Test func everyModeratorCommandDocumentsItsExitStatus() throws {
    let commands = [
      ["set-pin"], ["queue", "list"], ["queue", "add"], ["queue", "next"], ["queue", "remove"], ["announce"],
      ["pins", "list"], ["pins", "hide"], ["pins", "unhide"], ["pins", "delete"], ["audit"],
    ]
    for command in commands {
      let help = try MingleBinary.run(command + ["--help"])
      #expect(help.status == 0)
      #expect(help.output.contains("Exit status"), "\(command) --help")
    }
    for command in [["moderate"], ["queue"], ["pins"]] {
      #expect(try MingleBinary.run(command + ["--help"]).output.contains("USAGE"), "\(command) --help")
    }
  }
}
