import Foundation
import Testing

@testable import EventState

@Suite struct KioskReducerTests {
  let start = Date(timeIntervalSince1970: 1_800_000_000)
  let steps = [
    RotationStep(screen: .cards, seconds: 20), RotationStep(screen: .wall, seconds: 30),
    RotationStep(screen: .tips, seconds: 10), RotationStep(screen: .openmic, seconds: 15),
  ]

  func initial(unlocked: Bool = false) -> KioskState {
    KioskState(clock: RotationClock(steps: steps), now: start, unlocked: unlocked)
  }

  func after(_ seconds: Double, _ state: KioskState, _ action: KioskAction = .tick) -> (KioskState, [KioskEffect]) {
    KioskReducer.reduce(state, action, now: start.addingTimeInterval(seconds))
  }

  @Test func ticksRotateTheScreensOnTime() {
    var state = initial()
    #expect(state.screen == .cards)
    state = after(19, state).0
    #expect(state.screen == .cards)
    state = after(21, state).0
    #expect(state.screen == .wall)
    #expect(state.screenElapsed(at: start.addingTimeInterval(21)) == 1)
    state = after(75, state).0
    #expect(state.screen == .cards)
    #expect(state.visit == 2)
  }

  @Test func eachComingOfTheTipsScreenCountsAVisit() {
    var state = initial()
    for second in stride(from: 0.0, through: 150, by: 1) { state = after(second, state).0 }
    #expect(state.visits[.tips] == 2)
  }

  @Test func arrowKeysJumpBetweenScreensAndTheRotationGoesOnFromThere() {
    var state = initial()
    state = after(5, state, .key(.right)).0
    #expect(state.screen == .wall)
    #expect(state.screenElapsed(at: start.addingTimeInterval(5)) == 0)
    state = after(34, state).0
    #expect(state.screen == .wall)
    state = after(36, state).0
    #expect(state.screen == .tips)
    state = after(37, state, .key(.left)).0
    #expect(state.screen == .wall)
    state = after(38, state, .key(.left)).0
    state = after(39, state, .key(.left)).0
    #expect(state.screen == .openmic)
  }

  @Test func ctrlCQuitsOnlyWhenUnlocked() {
    #expect(after(1, initial(), .key(.control("c"))).1.isEmpty)
    #expect(after(1, initial(unlocked: true), .key(.control("c"))).1 == [.quit])
  }

  @Test func otherControlKeysNeverEscapeTheKiosk() {
    for key in ["z", "\\", "s", "q", "d"] {
      #expect(after(1, initial(), .key(.control(Character(key)))).1.isEmpty)
      #expect(after(1, initial(unlocked: true), .key(.control(Character(key)))).1.isEmpty)
    }
    #expect(after(1, initial(), .key(.escape)).1.isEmpty)
  }

  @Test func resizesAreRecorded() {
    let state = after(1, initial(), .resized(columns: 160, rows: 48)).0
    #expect(state.columns == 160)
    #expect(state.rows == 48)
    #expect(after(1, initial(), .resized(columns: -3, rows: 5)).0.columns == 0)
  }

  @Test func storeChangesReplaceTheLiveState() {
    let card = PinnedCard(id: "c1", topicID: "investors", name: "Ada", showCard: true, pinnedAt: start)
    let state = after(1, initial(), .storeChanged(LiveState(cards: [card]))).0
    #expect(state.live.cards == [card])
  }

  /// Working out the directory costs time with thousands of people: a change of the queue or an
  /// announcement keeps the directory (and what the screens worked out from it), a change of the
  /// cards makes a new one.
  @Test func onlyAChangeOfTheCardsMakesANewDirectory() {
    let card = PinnedCard(id: "c1", topicID: "investors", name: "Ada", showCard: true, pinnedAt: start)
    let pinned = after(1, initial(), .storeChanged(LiveState(cards: [card]))).0
    let entry = OpenMicEntry(id: "q1", name: "Ben", pitch: "Robots", minutes: 3, position: 1, joinedAt: start)
    let queued = after(2, pinned, .storeChanged(LiveState(cards: [card], queue: [entry]))).0
    #expect(queued.live.queue == [entry])
    #expect(queued.directory.memo === pinned.directory.memo)
    var edited = card
    edited.offer = "Maths"
    let changed = after(3, queued, .storeChanged(LiveState(cards: [edited], queue: [entry]))).0
    #expect(changed.directory.memo !== queued.directory.memo)
    #expect(changed.directory.people.map(\.offer) == ["Maths"])
  }
}

@Suite struct KioskReducerReloadTests {
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  @Test func aReloadedEventReplacesTopicsAndRosterAndANewRotationStartsOver() {
    let steps = [RotationStep(screen: .cards, seconds: 20), RotationStep(screen: .wall, seconds: 30)]
    var state = KioskState(clock: RotationClock(steps: steps), now: start)
    state = KioskReducer.reduce(state, .tick, now: start.addingTimeInterval(25)).0
    #expect(state.screen == .wall)
    let event = EventConfig(name: "Edited", topics: [Topic(id: "x", title: "X")])
    state = KioskReducer.reduce(state, .eventReloaded(event, roster: [Attendee(name: "New", line: 2)], rotation: steps), now: start.addingTimeInterval(26)).0
    #expect(state.event.name == "Edited")
    #expect(state.roster.map(\.name) == ["New"])
    #expect(state.screen == .wall, "the same rotation keeps running")
    let tipsOnly = [RotationStep(screen: .tips, seconds: 10)]
    state = KioskReducer.reduce(state, .eventReloaded(event, roster: [], rotation: tipsOnly), now: start.addingTimeInterval(27)).0
    #expect(state.screen == .tips)
    #expect(state.screenElapsed(at: start.addingTimeInterval(27)) == 0)
  }

  /// With thousands of people a directory costs time: an edit of tips.md alone (the event and the
  /// roster reloaded as they were) keeps it, and an edited roster makes one that takes over what was
  /// worked out for the unchanged cards.
  @Test func aReloadMakesTheDirectoryOnlyWhenTheEventOrTheRosterChanged() {
    let steps = [RotationStep(screen: .cards, seconds: 20)]
    let event = EventConfig(name: "E", topics: [Topic(id: "x", title: "X")])
    let roster = (2..<5).map { Attendee(name: "Person \($0)", showCard: true, line: $0) }
    let state = KioskState(clock: RotationClock(steps: steps), now: start, event: event, roster: roster)
    var computed = 0
    func workOut(_ state: KioskState) {
      state.directory.memo.forEachCard("test", compute: { _ in computed += 1; return 0 }) { _, _ in true }
    }
    workOut(state)
    let same = KioskReducer.reduce(state, .eventReloaded(event, roster: roster, rotation: steps), now: start.addingTimeInterval(1)).0
    #expect(same.directory.memo === state.directory.memo)
    var edited = roster
    edited[0].seek = "Investors"
    var renamed = event
    renamed.name = "Edited"
    let reloaded = KioskReducer.reduce(same, .eventReloaded(renamed, roster: edited, rotation: steps), now: start.addingTimeInterval(2)).0
    #expect(reloaded.directory.memo !== same.directory.memo)
    #expect(reloaded.directory.people.map(\.seek) == ["Investors", "", ""])
    #expect(reloaded.event.name == "Edited")
    computed = 0
    workOut(reloaded)
    #expect(computed == 1)
  }
}
