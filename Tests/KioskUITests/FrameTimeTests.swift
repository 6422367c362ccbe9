import EventState
import Foundation
import KioskUI
import Testing

/// The loop draws a frame only when the state or its `FrameTime` changed, so two moments with the same
/// frame time must draw the same frame: otherwise a page turn or a countdown would be missed.
@Suite struct FrameTimeTests {
  /// Kiosk states whose frames change with time in every way the display knows.
  static var kiosks: [(name: String, kiosk: KioskState)] {
    var announced = Demo.nobodyLive
    announced.announcements = [
      Announcement(id: "a1", text: "Pizza has arrived", createdAt: Demo.now.addingTimeInterval(-60), expiresAt: Demo.now.addingTimeInterval(13.3)),
      Announcement(id: "a2", text: "Talks resume at eight", createdAt: Demo.now.addingTimeInterval(-5), expiresAt: Demo.now.addingTimeInterval(600)),
      Announcement(id: "a3", text: "Last call for the open mic", createdAt: Demo.now.addingTimeInterval(21.7), expiresAt: Demo.now.addingTimeInterval(600)),
    ]
    return [
      ("cards", Demo.kiosk(.cards)), ("wall", Demo.kiosk(.wall)), ("spotlight", Demo.kiosk(.spotlight)),
      ("tips", Demo.kiosk(.tips)), ("openmic, someone live", Demo.kiosk(.openmic)),
      ("cards, announcements", Demo.kiosk(.cards, live: announced)),
      ("tips, announcements", Demo.kiosk(.tips, live: announced)),
      ("cards, a countdown's last seconds", Demo.kiosk(.cards, live: Demo.live(secondsLeft: 12))),
    ]
  }

  func frame(_ kiosk: KioskState, at now: Date) -> CellBuffer {
    var buffer = CellBuffer(width: 100, height: 30)
    let context = RenderContext(glyphs: .unicode, now: now, screenElapsed: kiosk.screenElapsed(at: now), timeZone: Demo.utc)
    KioskDisplay(event: Demo.event, directory: kiosk.directory, tips: Demo.tips, kiosk: kiosk, keyHints: Demo.keyHints, qrCodes: QRTestCodes.provider)
      .render(in: buffer.area, into: &buffer, context: context)
    return buffer
  }

  @Test(arguments: 0..<8)
  func momentsWithTheSameFrameTimeDrawTheSameFrame(case index: Int) {
    let (name, kiosk) = Self.kiosks[index]
    var drawn: [FrameTime: CellBuffer] = [:]
    // Every quarter of a second for 75 s, across a minute of the clock.
    for step in 0..<300 {
      let now = Demo.now.addingTimeInterval(Double(step) / 4)
      let time = FrameTime(kiosk: kiosk, now: now)
      let buffer = frame(kiosk, at: now)
      if let earlier = drawn[time] {
        let same = earlier.lines == buffer.lines
        #expect(same, "\(name): the frame changed at +\(Double(step) / 4) s without its frame time")
      } else {
        drawn[time] = buffer
      }
    }
  }

  @Test func aStillScreenChangesOnlyWithTheClocksMinute() {
    let kiosk = Demo.kiosk(.tips)
    let times = Set((0..<600).map { FrameTime(kiosk: kiosk, now: Demo.now.addingTimeInterval(Double($0) / 4)) })
    #expect(times.count == 3, "Demo.now is a whole minute: 150 s cover three")
    #expect(FrameTime.seconds(for: kiosk, at: Demo.now) == nil)
  }

  @Test func pagingScreensChangeOncePerPageAndACountdownEverySecond() {
    #expect(FrameTime.seconds(for: Demo.kiosk(.cards), at: Demo.now) == 8)
    #expect(FrameTime.seconds(for: Demo.kiosk(.spotlight), at: Demo.now) == 10)
    #expect(FrameTime.seconds(for: Demo.kiosk(.openmic), at: Demo.now) == 1)
    let announced = Self.kiosks[6].kiosk
    #expect(FrameTime.seconds(for: announced, at: Demo.now) == 8, "two announcements take turns")
    var spotlight = Demo.kiosk(.spotlight, live: announced.live)
    spotlight.live = announced.live
    #expect(FrameTime.seconds(for: spotlight, at: Demo.now) == 2, "people every 10 s and announcements every 8 s")
  }
}
