import EventState
import Foundation
import KioskUI
import Testing

/// The audit log: times in the event's time zone, newest at the bottom, scrolled back by the offset.
@Suite struct AuditLogViewTests {
  func rendered(offset: Int = 0, log: [AuditEntry] = Moderation.auditLog, event: EventConfig = Demo.event, width: Int = 156, height: Int = 42) -> CellBuffer {
    render(Moderation.panel(.log(offset: offset), event: event, auditLog: log), width: width, height: height, name: "log")
  }

  /// Twenty entries, one a minute, the detail naming each.
  var longLog: [AuditEntry] {
    (1...20).map { AuditEntry(at: Demo.now.addingTimeInterval(Double($0 * 60)), actor: "kiosk", action: "next", detail: "entry \($0)") }
  }

  @Test func eachEntryShowsTimeActorActionAndDetailInColumns() {
    let buffer = rendered()
    #expect(buffer.lines[0].hasPrefix("Audit log · 3 entries"), "\(buffer.text)")
    #expect(buffer.trimmedLines[1] == "18:37:00  kiosk pid 4242 on /dev/tty1   unlock")
    #expect(buffer.trimmedLines[2] == "18:38:40  kiosk pid 4242 on /dev/tty1   next    Priya Raman is live")
    #expect(buffer.trimmedLines[3] == "18:41:55  console pid 77 on /dev/pts/3  hide    card on design")
    #expect(buffer.role(of: "next", onRow: 2) == .paneCount)
    #expect(buffer.role(of: "18:38:40", onRow: 2) == .muted)
  }

  @Test func timesAreInTheEventsTimeZone() {
    var event = Demo.event
    event.timeZone = TimeZone(identifier: "Europe/Berlin")!
    #expect(rendered(event: event).trimmedLines[2].hasPrefix("20:38:40"))
  }

  @Test func onANarrowScreenTheActorGoesUnderTheEntry() {
    let buffer = rendered(width: 58, height: 20)
    #expect(buffer.trimmedLines[3] == "18:38:40  next  Priya Raman is live", "\(buffer.text)")
    #expect(buffer.trimmedLines[4] == "          kiosk pid 4242 on /dev/tty1")
  }

  @Test func theNewestEntriesAreShownWithTheNewestAtTheBottom() {
    let buffer = rendered(log: longLog, height: 6)
    #expect(buffer.trimmedLines[0] == "Audit log · 20 entries · 15 older above", "\(buffer.text)")
    #expect(buffer.trimmedLines[1].hasSuffix("entry 16"))
    #expect(buffer.trimmedLines[5].hasSuffix("entry 20"))
  }

  @Test func theOffsetScrollsBack() {
    let buffer = rendered(offset: 3, log: longLog, height: 6)
    #expect(buffer.trimmedLines[0] == "Audit log · 20 entries · 12 older above · 3 newer below", "\(buffer.text)")
    #expect(buffer.trimmedLines[1].hasSuffix("entry 13"))
    #expect(buffer.trimmedLines[5].hasSuffix("entry 17"))
    let oldest = rendered(offset: 19, log: longLog, height: 6)
    #expect(oldest.trimmedLines[1].hasSuffix("entry 1"), "\(oldest.text)")
    #expect(!oldest.text.contains("older above"))
  }

  @Test func anEmptyLogSaysSo() {
    let buffer = rendered(log: [])
    #expect(buffer.text.contains("Audit log · 0 entries"))
    #expect(buffer.text.contains("Nothing in the audit log yet"))
  }
}
