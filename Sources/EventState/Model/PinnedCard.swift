import Foundation

/// A business card an attendee pinned to a topic of the connecting wall (a row of the store).
public struct PinnedCard: Sendable, Hashable, Identifiable {
  /// Generated before the write, so a retried write never duplicates the card.
  public var id: String
  public var topicID: String
  public var name: String
  public var title: String
  public var company: String
  public var offer: String
  public var seek: String
  public var contact: String
  /// The owner agreed to appear on the public screens (default No).
  public var showCard: Bool
  /// The owner agreed to share the contact (default No).
  public var shareContact: Bool
  /// Hidden by a moderator.
  public var hidden: Bool
  /// Personal code for editing or removing the card later.
  public var code: String
  public var pinnedAt: Date

  public init(
    id: String, topicID: String, name: String, title: String = "", company: String = "",
    offer: String = "", seek: String = "", contact: String = "", showCard: Bool = false,
    shareContact: Bool = false, hidden: Bool = false, code: String = "", pinnedAt: Date
  ) {
    self.id = id
    self.topicID = topicID
    self.name = name
    self.title = title
    self.company = company
    self.offer = offer
    self.seek = seek
    self.contact = contact
    self.showCard = showCard
    self.shareContact = shareContact
    self.hidden = hidden
    self.code = code
    self.pinnedAt = pinnedAt
  }
}
