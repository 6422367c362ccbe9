import Foundation

/// Values worked out from a `PublicDirectory` on first use and kept with it, such as the height of the
/// fullest card at a given width: a screen needs them on every frame, but they change only when the
/// directory does. Copies of a directory share its memo; a new directory starts with an empty one.
public final class DirectoryMemo: @unchecked Sendable {
  /// Most values kept; a memo that fills up (a terminal resized again and again) starts over.
  public static let capacity = 64

  private let lock = NSLock()
  private var values: [AnyHashable: any Sendable] = [:]

  public init() {}

  /// The value for `key`: the one worked out before, or `compute()`'s, which is then kept.
  public func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, compute: () -> Value) -> Value {
    lock.lock()
    let known = values[AnyHashable(key)] as? Value
    lock.unlock()
    if let known { return known }
    let value = compute()
    lock.lock()
    if values.count >= Self.capacity { values.removeAll(keepingCapacity: true) }
    values[AnyHashable(key)] = value
    lock.unlock()
    return value
  }
}
