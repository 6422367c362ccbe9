import Foundation

/// Remembers the last `PRAGMA data_version` seen on one connection and whether this process wrote
/// since, so that every commit is reported by exactly one `EventStore.hasChangedSinceLastCheck()`.
///
/// `data_version` changes only when *another* connection commits, so this process's own writes are
/// noted separately.
final class DataVersionTracker: @unchecked Sendable {
  private let lock = NSLock()
  private var lastSeen: Int
  private var ownWriteSinceCheck = false

  /// Starts from the data version read when the store was opened.
  init(dataVersion: Int) {
    lastSeen = dataVersion
  }

  /// Records that this process committed a change.
  func noteOwnWrite() {
    lock.withLock { ownWriteSinceCheck = true }
  }

  /// Whether `dataVersion` differs from the last one seen or this process wrote since the last check;
  /// afterwards both are reset.
  func check(dataVersion: Int) -> Bool {
    lock.withLock {
      let changed = ownWriteSinceCheck || dataVersion != lastSeen
      lastSeen = dataVersion
      ownWriteSinceCheck = false
      return changed
    }
  }
}
