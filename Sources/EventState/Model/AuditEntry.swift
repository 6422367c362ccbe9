import Foundation

/// One line of the audit log: who did what, when (a row of the store).
public struct AuditEntry: Sendable, Hashable {
  public var at: Date
  /// Which process or terminal acted (e.g. "kiosk pid 4242 on /dev/tty1").
  public var actor: String
  /// What was done, in a word (e.g. "seed", "pin", "next").
  public var action: String
  public var detail: String

  public init(at: Date, actor: String, action: String, detail: String = "") {
    self.at = at
    self.actor = actor
    self.action = action
    self.detail = detail
  }
}
