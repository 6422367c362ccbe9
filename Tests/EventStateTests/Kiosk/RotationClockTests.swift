import Testing

@testable import EventState

@Suite struct RotationClockTests {
  let clock = RotationClock(steps: [
    RotationStep(screen: .cards, seconds: 20), RotationStep(screen: .wall, seconds: 30),
    RotationStep(screen: .tips, seconds: 10),
  ])

  @Test func startsOnTheFirstStep() {
    let position = clock.position(elapsed: 0)
    #expect(position.screen == .cards)
    #expect(position.remaining == 20)
  }

  @Test func movesOnWhenAStepsSecondsAreUp() {
    #expect(clock.position(elapsed: 19.9).screen == .cards)
    #expect(clock.position(elapsed: 20).screen == .wall)
    #expect(clock.position(elapsed: 49.5).screen == .wall)
    #expect(clock.position(elapsed: 50).screen == .tips)
  }

  @Test func wrapsAroundAfterAFullTurn() {
    #expect(clock.cycleSeconds == 60)
    let position = clock.position(elapsed: 65)
    #expect(position.screen == .cards)
    #expect(position.elapsed == 5)
  }

  @Test func countsFromAnyStartingStep() {
    #expect(clock.position(elapsed: 0, from: 2).screen == .tips)
    #expect(clock.position(elapsed: 10, from: 2).screen == .cards)
    #expect(clock.position(elapsed: 0, from: -1).screen == .tips)
  }

  @Test func anEmptyRotationShowsEveryScreen() {
    let all = RotationClock(steps: [])
    #expect(all.steps.map(\.screen) == ScreenKind.allCases)
  }
}
