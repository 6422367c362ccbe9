import EventState
import Foundation
import KioskUI
import Testing

@Suite struct HeaderViewTests {
  let header = HeaderView(event: Demo.event)

  @Test func showsNameVenueAgendaAndClockWhenWide() {
    let buffer = render(header, width: 80, height: 1)
    #expect(buffer.lines == ["  Harbour Founders Night · Pier 7 Loft            Now: Lightning talks · 18:42  "])
    #expect(buffer.role(of: "Harbour", onRow: 0) == .header)
    #expect(buffer.role(of: "Now:", onRow: 0) == .headerAccent)
    #expect(buffer.role(of: "18:42", onRow: 0) == .headerAccent)
  }

  @Test func dropsTheVenueFirstThenShortensTheAgenda() {
    #expect(render(header, width: 56, height: 1).trimmedLines == [" Harbour Founders Night    Now: Lightning talks · 18:42"])
    #expect(render(header, width: 50, height: 1).trimmedLines == [" Harbour Founders Night   Now: Lightning… · 18:42"])
  }

  @Test func dropsTheAgendaWhenItWouldBeTooShortThenShortensTheName() {
    #expect(render(header, width: 40, height: 1).trimmedLines == [" Harbour Founders Night           18:42"])
    #expect(render(header, width: 20, height: 1).trimmedLines == [" Harbour F…   18:42"])
  }

  @Test func theClockIsReadInTheGivenTimeZone() {
    let berlin = RenderContext(now: Demo.now, timeZone: TimeZone(identifier: "Europe/Berlin")!)
    #expect(render(header, width: 80, height: 1, context: berlin).lines[0].hasSuffix("· 20:42  "))
  }

  @Test func beforeTheAgendaStartsTheVenueTakesItsPlace() {
    let buffer = render(header, width: 60, height: 1, context: Demo.context(offset: -3 * 3600))
    #expect(buffer.trimmedLines == ["  Harbour Founders Night · Pier 7 Loft               15:42"])
  }

  @Test func textSitsOnTheMiddleRowOfATallHeader() {
    let buffer = render(header, width: 80, height: 3)
    #expect(buffer.trimmedLines[0] == "")
    #expect(buffer.lines[1].contains("Harbour Founders Night"))
    #expect(buffer[0, 0].role == .header)
    #expect(buffer[0, 2].role == .header)
  }
}
