import EventState
import Foundation
import KioskUI
import Testing

@Suite struct AnnouncementBannerTests {
  let expired = Announcement(id: "old", text: "Coats go upstairs", createdAt: Demo.now.addingTimeInterval(-900), expiresAt: Demo.now.addingTimeInterval(-1))
  let later = Announcement(id: "later", text: "Raffle at 20:00", createdAt: Demo.now.addingTimeInterval(60), expiresAt: Demo.now.addingTimeInterval(600))
  let second = Announcement(id: "a2", text: "Last trains at 23:40", createdAt: Demo.now.addingTimeInterval(-30), expiresAt: Demo.now.addingTimeInterval(300))

  @Test func showsOnlyAnnouncementsActiveNow() {
    let banner = AnnouncementBanner([expired, Demo.announcement, later], now: Demo.now)
    #expect(banner.announcements.map(\.id) == ["a1"])
    let buffer = render(banner, width: 40, height: 1)
    #expect(buffer.lines == ["    Pizza has arrived in the kitchen    "])
    #expect(buffer[0, 0].role == .announcement)
  }

  @Test func isEmptyWhenNothingIsActive() {
    #expect(AnnouncementBanner([expired, later], now: Demo.now).isEmpty)
  }

  @Test func takesTurnsWithSeveralAndCountsThem() {
    let banner = AnnouncementBanner([Demo.announcement, second], now: Demo.now)
    #expect(render(banner, width: 46, height: 1).lines == ["    Pizza has arrived in the kitchen     1/2  "])
    #expect(render(banner, width: 46, height: 1, context: Demo.context(elapsed: 8)).lines == ["          Last trains at 23:40           2/2  "])
    #expect(render(banner, width: 46, height: 1, context: Demo.context(elapsed: 16)).lines[0].contains("Pizza"))
  }
}
