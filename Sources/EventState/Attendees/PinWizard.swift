import Foundation

/// The pin-your-card wizard: one question per step, answers kept when going back.
public struct PinWizard: Sendable, Hashable {
  /// The questions, in order.
  public enum Step: Int, Sendable, Hashable, CaseIterable {
    case name, role, topic, offer, seek, contact, showCard, shareContact, summary
  }

  /// Field limits, in characters.
  public static let nameLimit = 60
  public static let roleLimit = 80
  public static let textLimit = 100
  public static let contactLimit = 80

  public var step: Step = .name
  public var name = TextInput(limit: PinWizard.nameLimit)
  /// Index into the roster matches of the typed name chosen with Down/Up; nil = the typed name.
  public var matchSelection: Int?
  /// "Role at Company".
  public var role = TextInput(limit: PinWizard.roleLimit)
  /// Index into the event's topics.
  public var topicIndex = 0
  public var offer = TextInput(limit: PinWizard.textLimit)
  public var seek = TextInput(limit: PinWizard.textLimit)
  public var contact = TextInput(limit: PinWizard.contactLimit)
  /// Consent to appear on the screens; No until the person says yes.
  public var showCard = false
  /// Consent to share the contact; No until the person says yes.
  public var shareContact = false
  /// The card being edited (its id and code are kept), when editing.
  public var editing: PinnedCard?
  /// A card of the same person on the chosen topic, found when pinning: `e` updates it instead.
  public var duplicate: PinnedCard?
  /// What is wrong with the current answer, shown under it.
  public var error: String?

  public init() {}

  /// A wizard prefilled from an existing card, to edit it.
  public init(editing card: PinnedCard, topics: [Topic]) {
    name = TextInput(card.name, limit: Self.nameLimit)
    role = TextInput(Self.roleText(title: card.title, company: card.company), limit: Self.roleLimit)
    topicIndex = topics.firstIndex { $0.id == card.topicID } ?? 0
    offer = TextInput(card.offer, limit: Self.textLimit)
    seek = TextInput(card.seek, limit: Self.textLimit)
    contact = TextInput(card.contact, limit: Self.contactLimit)
    showCard = card.showCard
    shareContact = card.shareContact
    editing = card
  }

  /// The step after `step`, skipping the contact consent question when no contact was given.
  public func step(after step: Step) -> Step {
    var next = Step(rawValue: step.rawValue + 1) ?? .summary
    if next == .shareContact, contact.trimmed.isEmpty { next = .summary }
    return next
  }

  /// The step before `step`, skipping the contact consent question when no contact was given.
  public func step(before step: Step) -> Step {
    var previous = Step(rawValue: step.rawValue - 1) ?? .name
    if previous == .shareContact, contact.trimmed.isEmpty { previous = .showCard }
    return previous
  }

  /// "Founder at Lagos Cleantech" from a title and a company.
  public static func roleText(title: String, company: String) -> String {
    switch (title.isEmpty, company.isEmpty) {
    case (false, false): "\(title) at \(company)"
    case (false, true): title
    case (true, false): company
    case (true, true): ""
    }
  }

  /// Title and company from "Founder at Lagos Cleantech" (also "Founder, Lagos Cleantech" and
  /// "Founder · Lagos Cleantech"); without a separator it is all title.
  public static func split(role text: String) -> (title: String, company: String) {
    let t = Sanitizer.line(text)
    for separator in [" at ", " · ", ", ", " @ "] {
      if let range = t.range(of: separator, options: .backwards) {
        return (String(t[..<range.lowerBound]), String(t[range.upperBound...]))
      }
    }
    return (t, "")
  }
}
