/// A `.vcf` file of everyone who shared their contact: their vCards one after the other (RFC 6350
/// §3.1 allows several in one stream), for the organizer's export after the event.
public enum VCardBundle {
  /// The vCards of the cards in `people` that carry a shared contact, in order; cards without one
  /// are left out. Empty when nobody shared a contact.
  public static func export(people: [DisplayCard]) -> String {
    people.compactMap { VCard(card: $0) }.map(\.text).joined()
  }

  /// The vCards of everyone the public directory shows with a shared contact: consent, moderator
  /// hiding and duplicates are applied there.
  public static func export(directory: PublicDirectory) -> String {
    export(people: directory.people)
  }
}
