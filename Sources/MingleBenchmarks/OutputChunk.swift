/// Bytes that arrived from a program's terminal in one read, and when (monotonic nanoseconds).
struct OutputChunk: Equatable {
  var time: UInt64
  var bytes: Int
}

/// Output that arrived without a pause of a given length: one frame, or one change of the screen.
struct OutputBurst: Equatable {
  /// When its first and last chunk arrived.
  var start: UInt64
  var end: UInt64
  var bytes: Int

  /// `chunks` (in order of arrival) grouped into bursts: a pause of at least `gap` nanoseconds
  /// between two chunks starts a new burst.
  static func group(_ chunks: some Sequence<OutputChunk>, gap: UInt64) -> [OutputBurst] {
    var bursts: [OutputBurst] = []
    for chunk in chunks {
      if let last = bursts.last, chunk.time - last.end < gap {
        bursts[bursts.count - 1].end = chunk.time
        bursts[bursts.count - 1].bytes += chunk.bytes
      } else {
        bursts.append(OutputBurst(start: chunk.time, end: chunk.time, bytes: chunk.bytes))
      }
    }
    return bursts
  }
}
