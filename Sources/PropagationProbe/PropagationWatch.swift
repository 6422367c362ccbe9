/// Looks for one text in terminal output that arrives in pieces, and notes when it was first complete.
///
/// Only what is fed after the watch starts is searched, so a watch made just before a commit cannot
/// be satisfied by anything the kiosk wrote earlier. The end of each piece is carried over to the
/// next, so a text cut between two reads is found in the read that completes it.
public struct PropagationWatch<Instant: Sendable>: Sendable {
  /// The text, as UTF-8.
  public let needle: [UInt8]
  /// When a read completed the text (as the caller's clock tells it); nil until then.
  public private(set) var seenAt: Instant?
  /// The last bytes fed (one fewer than the text), where a text cut between two reads begins.
  private var carry: [UInt8] = []

  /// A watch for `text`, which must not be empty.
  public init(_ text: String) {
    needle = Array(text.utf8)
    precondition(!needle.isEmpty, "a watch needs a text")
  }

  /// Searches `bytes`, read at `time`, for the text (unless it was found already).
  public mutating func feed(_ bytes: some Collection<UInt8>, at time: Instant) {
    guard seenAt == nil else { return }
    let window = carry + bytes
    if window.count >= needle.count, window.indices.dropLast(needle.count - 1).contains(where: { window[$0...].starts(with: needle) }) {
      seenAt = time
      carry = []
    } else {
      carry = Array(window.suffix(needle.count - 1))
    }
  }
}
