import Foundation
import EventState

/// One row under the header with the active announcements, one at a time: each stays up for
/// `secondsEach` seconds of the screen, and "1/2" on the right tells how many there are.
public struct AnnouncementBanner: View {
  /// Announcements active now, in the order given.
  public var announcements: [Announcement]

  /// The announcements of `all` that are active at `now`.
  public init(_ all: [Announcement], now: Date) {
    announcements = all.filter { $0.isActive(at: now) }
  }

  static let secondsEach = 8.0

  /// Whether there is anything to show.
  public var isEmpty: Bool { announcements.isEmpty }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty, !announcements.isEmpty else { return }
    buffer.fill(area, role: .announcement)
    let index = Int(max(0, context.screenElapsed) / Self.secondsEach) % announcements.count
    var line = area.inset(dx: 2)
    if announcements.count > 1 {
      let counter = "\(index + 1)/\(announcements.count)"
      buffer.write(counter, role: .announcement, in: line, y: area.y, alignment: .trailing, ellipsis: context.glyphs.ellipsis)
      line = Rect(x: line.x, y: line.y, width: line.width - DisplayWidth.of(counter) - 2, height: line.height)
    }
    buffer.write(announcements[index].text, role: .announcement, in: line, y: area.y, alignment: .center, ellipsis: context.glyphs.ellipsis)
  }
}
