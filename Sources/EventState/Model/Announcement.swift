import Foundation

/// A banner shown on every display until it expires (a row of the store).
public struct Announcement: Sendable, Hashable, Identifiable {
  public var id: String
  public var text: String
  public var createdAt: Date
  public var expiresAt: Date

  public init(id: String, text: String, createdAt: Date, expiresAt: Date) {
    self.id = id
    self.text = text
    self.createdAt = createdAt
    self.expiresAt = expiresAt
  }

  /// Whether the banner is up at `date`.
  public func isActive(at date: Date) -> Bool { createdAt <= date && date < expiresAt }
}
