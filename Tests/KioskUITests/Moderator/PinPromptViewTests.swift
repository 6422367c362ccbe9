import EventState
import Foundation
import KioskUI
import Testing

@Suite struct PinPromptViewTests {
  func rendered(
    _ prompt: PinPrompt = PinPrompt(), lockout: PinLockout = PinLockout(), hasPIN: Bool = true, width: Int = 78, height: Int = 21,
    glyphs: GlyphSet = .unicode
  ) -> CellBuffer {
    render(PinPromptView(prompt: prompt, lockout: lockout, hasPIN: hasPIN), width: width, height: height, context: Demo.context(glyphs: glyphs))
  }

  @Test func theHeadingIsInBlockLettersOnALargeScreenAndPlainOnTheSmallest() {
    let large = rendered(width: 156, height: 42)
    #expect(large.showsInBlockLetters("Moderator"), "\(large.text)")
    #expect(!large.text.contains("Moderator PIN"))
    let small = rendered(width: 38, height: 11)
    #expect(small.text.contains("Moderator PIN"), "\(small.text)")
  }

  @Test func theDigitsAreMaskedOneBulletEach() {
    let buffer = rendered(PinPrompt(digits: "1234"))
    #expect(buffer.text.contains("│ ••••█"), "\(buffer.text)")
    #expect(!buffer.text.contains("1234"))
    #expect(!buffer.text.contains("•••••"))
  }

  @Test func asciiGlyphsMaskWithStars() {
    let buffer = rendered(PinPrompt(digits: "98765"), glyphs: .ascii)
    #expect(buffer.text.contains("| *****_"), "\(buffer.text)")
    #expect(!buffer.text.contains("•"))
  }

  @Test func aWrongPinSaysHowManyTriesAreLeft() {
    let buffer = rendered(PinPrompt(message: .wrong(attemptsLeft: 3)))
    let row = buffer.row(containing: "Wrong PIN")
    #expect(row.map { buffer.role(of: "Wrong PIN", onRow: $0) } == .warning)
    #expect(buffer.text.contains("3 tries left before the prompt locks"))
    #expect(rendered(PinPrompt(message: .wrong(attemptsLeft: 1))).text.contains("1 try left before the prompt locks"))
    #expect(rendered(PinPrompt(message: .wrong(attemptsLeft: 0))).text.contains("The next wrong PIN locks the prompt"))
  }

  @Test func beforeAnyTryThereIsNoMessage() {
    let buffer = rendered(PinPrompt(digits: "12"))
    #expect(!buffer.text.contains("Wrong"))
    #expect(!buffer.text.contains("Locked"))
    #expect(!buffer.text.contains("No moderator PIN"))
  }

  @Test func whileLockedTheSecondsLeftReplaceAnyOtherMessage() {
    let lockout = PinLockout(failures: 5, lockedUntil: Demo.now.addingTimeInterval(41.3))
    let buffer = rendered(PinPrompt(message: .wrong(attemptsLeft: 0)), lockout: lockout, hasPIN: false)
    let row = buffer.row(containing: "Locked · 42 s")
    #expect(row != nil, "\(buffer.text)")
    #expect(row.map { buffer.role(of: "Locked", onRow: $0) } == .warning)
    #expect(!buffer.text.contains("Wrong PIN"))
    #expect(!buffer.text.contains("No moderator PIN"))
  }

  /// The issue asks for the seconds left, however long the lock.
  @Test func aLongLockCountsInSeconds() {
    let lockout = PinLockout(failures: 9, lockedUntil: Demo.now.addingTimeInterval(2950))
    #expect(rendered(lockout: lockout).text.contains("Locked · 2950 s"))
  }

  @Test func aPINThatCouldNotBeCheckedSaysWhy() {
    let buffer = rendered(PinPrompt(message: .notChecked(reason: "the disk is full")), lockout: PinLockout(), hasPIN: true)
    #expect(buffer.text.contains("The PIN could not be checked"))
    #expect(buffer.text.contains("the disk is full"))
  }

  @Test func anExpiredLockSaysNothing() {
    let lockout = PinLockout(failures: 5, lockedUntil: Demo.now.addingTimeInterval(-1))
    #expect(!rendered(lockout: lockout).text.contains("Locked"))
  }

  @Test func withoutAPinTheEventSaysHowToSetOne() {
    let noPIN = rendered(hasPIN: false)
    #expect(noPIN.text.contains("No moderator PIN is set. Run: mingle set-pin DIR"), "\(noPIN.text)")
    let toldByTheTry = rendered(PinPrompt(message: .noPIN))
    #expect(toldByTheTry.text.contains("No moderator PIN is set. Run: mingle set-pin DIR"))
    let row = toldByTheTry.row(containing: "No moderator PIN")
    #expect(row.map { toldByTheTry.role(of: "No moderator PIN", onRow: $0) } == .warning)
  }

  @Test(arguments: Moderation.sizes)
  func everyMessageIsReadableAtEverySize(width: Int, height: Int) {
    let locked = PinLockout(failures: 5, lockedUntil: Demo.now.addingTimeInterval(60))
    let cases: [(PinPrompt, PinLockout, Bool, [String])] = [
      (PinPrompt(digits: "123456789012", message: .wrong(attemptsLeft: 2)), PinLockout(), true, ["Wrong PIN", "2 tries left"]),
      (PinPrompt(digits: "1234"), locked, true, ["Locked · 60 s", "Too many wrong PINs"]),
      (PinPrompt(), PinLockout(), false, ["No moderator PIN is set.", "mingle set-pin DIR"]),
    ]
    for (prompt, lockout, hasPIN, texts) in cases {
      let buffer = rendered(prompt, lockout: lockout, hasPIN: hasPIN, width: width, height: height)
      #expect(layoutProblems(buffer) == [], "at \(width)x\(height)")
      #expect(brokenBoxes(buffer) == [], "at \(width)x\(height)")
      #expect(buffer.shows("Moderator PIN"), "at \(width)x\(height):\n\(buffer.text)")
      #expect(buffer.text.contains("│ " + String(repeating: "•", count: prompt.digits.count) + "█"), "at \(width)x\(height):\n\(buffer.text)")
      for text in texts { #expect(buffer.text.contains(text), "\(text) at \(width)x\(height):\n\(buffer.text)") }
    }
  }
}
