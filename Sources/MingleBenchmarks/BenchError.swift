/// Why a benchmark could not be taken, in a sentence for whoever runs it.
struct BenchError: Error, CustomStringConvertible {
  var description: String
}
