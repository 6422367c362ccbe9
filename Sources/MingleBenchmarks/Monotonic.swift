import Glibc

/// The clocks of the benchmark, in nanoseconds: the monotonic wall clock, the time base of every
/// duration seen from outside, and this process's CPU clock, which other work on the machine does not
/// inflate.
enum Monotonic {
  /// Nanoseconds since an arbitrary fixed point (boot), never going backwards.
  static func now() -> UInt64 { read(CLOCK_MONOTONIC) }

  /// Nanoseconds of CPU time this process has used.
  static func processCPU() -> UInt64 { read(CLOCK_PROCESS_CPUTIME_ID) }

  /// Nanoseconds in one millisecond.
  static let millisecond: UInt64 = 1_000_000

  /// Milliseconds in `nanoseconds`.
  static func milliseconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e6 }

  /// Runs `body` and returns how long it took.
  static func measure(_ body: () throws -> Void) rethrows -> Timing {
    try timed(body).timing
  }

  /// Runs `body` and returns its result and how long it took.
  static func timed<Value>(_ body: () throws -> Value) rethrows -> (value: Value, timing: Timing) {
    let start = now()
    let cpu = processCPU()
    let value = try body()
    return (value, Timing(wall: milliseconds(now() - start), cpu: milliseconds(processCPU() - cpu)))
  }

  private static func read(_ clock: clockid_t) -> UInt64 {
    var time = timespec()
    clock_gettime(clock, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}

/// How long a piece of work took on the wall clock and in CPU time, in milliseconds.
struct Timing {
  var wall: Double
  var cpu: Double
}
