/// Where the rotation is: which step is up and for how much longer.
public struct RotationPosition: Sendable, Hashable {
  /// Index into the rotation's steps.
  public var stepIndex: Int
  public var screen: ScreenKind
  /// Seconds since this step came up.
  public var elapsed: Double
  /// Seconds until the next step.
  public var remaining: Double
}

/// Turns elapsed time into a position in the rotation. Pure: time comes in as a value.
public struct RotationClock: Sendable, Hashable {
  public let steps: [RotationStep]

  /// A clock over `steps`; an empty list rotates through every screen for 20 s each.
  public init(steps: [RotationStep]) {
    self.steps = steps.isEmpty ? ScreenKind.allCases.map { RotationStep(screen: $0, seconds: 20) } : steps
  }

  /// Seconds one full turn takes.
  public var cycleSeconds: Int { steps.reduce(0) { $0 + $1.seconds } }

  /// The position `elapsed` seconds after step `firstStep` came up.
  public func position(elapsed: Double, from firstStep: Int = 0) -> RotationPosition {
    let start = ((firstStep % steps.count) + steps.count) % steps.count
    var t = max(0, elapsed).truncatingRemainder(dividingBy: Double(cycleSeconds))
    var index = start
    while t >= Double(steps[index].seconds) {
      t -= Double(steps[index].seconds)
      index = (index + 1) % steps.count
    }
    return RotationPosition(
      stepIndex: index, screen: steps[index].screen, elapsed: t, remaining: Double(steps[index].seconds) - t)
  }
}
