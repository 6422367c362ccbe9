import EventState
import KioskUI
import Testing

@Suite struct ConfirmationViewTests {
  func rendered(_ confirmation: FlowConfirmation, width: Int = 80, height: Int = 21) -> CellBuffer {
    render(ConfirmationView(confirmation: confirmation), width: width, height: height)
  }

  @Test func aPinShowsTheTopicAndThePersonalCodeInBlockLetters() {
    let buffer = rendered(.pinned(topic: "For investors", code: "HJKL", shown: true, updated: false))
    #expect(buffer.text.contains("Pinned to For investors"), "the headline is plain text, for the person at the keyboard")
    #expect(buffer.showsInBlockLetters("HJKL"), "\(buffer.text)")
    #expect(buffer.text.contains("Your personal code"))
    #expect(buffer.text.contains("Your code: HJKL — keep it to edit or remove your card with r"))
    #expect(!buffer.text.contains("not shown"))
  }

  @Test func theCodeIsReadableEvenOnTheSmallestScreen() {
    let buffer = rendered(.pinned(topic: "For investors", code: "HJKL", shown: false, updated: false), width: 38, height: 12)
    #expect(buffer.text.contains("HJKL"))
    #expect(buffer.text.contains("code"))
    #expect(layoutProblems(buffer) == [])
  }

  @Test func aCardThatIsNotShownSaysSo() {
    let buffer = rendered(.pinned(topic: "Design", code: "ACDE", shown: false, updated: false))
    #expect(buffer.text.contains("Your card is not shown on the screens (you said No)."))
  }

  @Test func anUpdateSaysCardUpdated() {
    let buffer = rendered(.pinned(topic: "Design", code: "ACDE", shown: true, updated: true), width: 38, height: 12)
    #expect(buffer.text.contains("Card updated"))
    #expect(!buffer.text.contains("Pinned to"))
  }

  @Test func aSignUpShowsThePlaceInTheQueue() {
    let buffer = rendered(.queued(position: 3))
    #expect(buffer.text.contains("You're number 3 in the open-mic queue"))
    #expect(buffer.showsInBlockLetters("3"))
  }

  @Test func someoneAlreadyQueuedIsToldTheirPlace() {
    #expect(rendered(.alreadyQueued(position: 0), width: 38, height: 12).text.contains("You're on stage now!"))
    let buffer = rendered(.alreadyQueued(position: 2))
    #expect(buffer.text.contains("You're already in the queue: number 2"))
    #expect(buffer.showsInBlockLetters("2"))
  }

  @Test func aDeletionSaysTheCardWasRemoved() {
    #expect(rendered(.deleted, width: 38, height: 12).text.contains("Your card was removed."))
    #expect(rendered(.deleted).text.contains("Its details are gone from the event."))
  }
}

@Suite struct SavingViewTests {
  @Test func whileSavingItSaysSoAndWhat() {
    let buffer = render(SavingView(saving: Flows.saving()), width: 80, height: 21)
    #expect(buffer.showsInBlockLetters("Saving..."))
    #expect(buffer.text.contains("Removing your card"))
    let small = render(SavingView(saving: Flows.saving()), width: 38, height: 4)
    #expect(small.text.contains("Saving…"))
  }

  @Test func aFailureShowsTheReasonAndHowToGoOn() {
    let buffer = render(SavingView(saving: Flows.saving(failure: "Could not save: the disk is full")), width: 80, height: 21)
    let row = buffer.row(containing: "Could not save: the disk is full")
    #expect(row.map { buffer.role(of: "Could not", onRow: $0) } == .warning)
    #expect(buffer.text.contains("Enter try again · Esc back"))
    #expect(!buffer.text.contains("Saving"))
  }
}
