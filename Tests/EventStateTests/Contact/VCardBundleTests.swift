import EventState
import Foundation
import Testing

/// The `.vcf` export holds the vCards of people who shared their contact and nobody else's.
@Suite struct VCardBundleTests {
  @Test func onlyCardsWithASharedContactAreExported() {
    let withoutContact = DisplayCard(id: "roster:3", name: "Bruno Sato", title: "CTO", company: "Kelp Labs")
    let bundle = VCardBundle.export(people: [VCardGoldens.amara, withoutContact, VCardGoldens.jonas])
    #expect(bundle == VCardGoldens.amaraVCF + VCardGoldens.jonasVCF)
    #expect(!bundle.contains("Bruno"))
  }

  @Test func nobodySharingMeansAnEmptyFile() {
    #expect(VCardBundle.export(people: [DisplayCard(id: "roster:3", name: "Bruno Sato")]) == "")
  }

  @Test func theDirectoryExportRespectsEveryConsent() {
    let config = EventConfig(name: "Night", topics: [Topic(id: "legal", title: "Legal help")], privacy: .consented)
    let roster = [
      Attendee(name: "Shares All", contact: "shares@example.org", showCard: true, shareContact: true, line: 2),
      Attendee(name: "Shown Not Shared", contact: "shown@example.org", showCard: true, shareContact: false, line: 3),
      Attendee(name: "Shared Not Shown", contact: "hidden@example.org", showCard: false, shareContact: true, line: 4),
      Attendee(name: "No Answer", contact: "silent@example.org", line: 5),
    ]
    let now = Date(timeIntervalSince1970: 1_749_753_720)
    let live = LiveState(cards: [
      PinnedCard(id: "c1", topicID: "legal", name: "Pinned Sharing", contact: "pin@example.org", showCard: true, shareContact: true, pinnedAt: now),
      PinnedCard(id: "c2", topicID: "legal", name: "Pinned Private", contact: "private@example.org", showCard: true, shareContact: false, pinnedAt: now),
      PinnedCard(id: "c3", topicID: "legal", name: "Pinned Hidden", contact: "mod@example.org", showCard: true, shareContact: true, hidden: true, pinnedAt: now),
    ])
    let bundle = VCardBundle.export(directory: PublicDirectory(config: config, roster: roster, live: live))
    #expect(bundle.components(separatedBy: "BEGIN:VCARD").count - 1 == 2)
    #expect(bundle.contains("EMAIL:shares@example.org"))
    #expect(bundle.contains("EMAIL:pin@example.org"))
    for secret in ["shown@", "hidden@", "silent@", "private@", "mod@", "Shown Not Shared", "Shared Not Shown", "No Answer", "Pinned Private", "Pinned Hidden"] {
      #expect(!bundle.contains(secret), "\(secret) was exported without consent")
    }
  }
}
