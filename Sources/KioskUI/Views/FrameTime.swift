import EventState
import Foundation

/// What of the time a kiosk's frame shows: two moments with the same `FrameTime` (and the same kiosk
/// state) draw the same frame, so the loop draws again only when the state or this changes, not on
/// every second. A still screen then draws once a minute (the header clock), a paging screen once per
/// page, and only a countdown on screen asks for a frame every second.
public struct FrameTime: Sendable, Hashable {
  /// The minute of the header clock and the agenda.
  public var minute: Int
  /// How many `seconds` periods the screen has been up: pages, the spotlight, the contact code and the
  /// announcement banner turn at whole periods.
  public var period: Int
  /// The announcements up at the moment (they start and end at any second).
  public var announcements: [String]

  /// Seconds between the turns of what `kiosk`'s display shows (a page, a person, a countdown's
  /// second); nil when nothing but the clock's minute changes with time.
  public static func seconds(for kiosk: KioskState, at now: Date) -> Double? {
    seconds(for: kiosk, activeAnnouncements: kiosk.live.announcements.filter { $0.isActive(at: now) }.count)
  }

  /// `seconds(for:at:)` with the announcements up already counted.
  static func seconds(for kiosk: KioskState, activeAnnouncements: Int) -> Double? {
    if kiosk.moderator != nil || kiosk.live.liveSpeaker != nil { return 1 }  // countdowns, spoken time
    var periods: [Int] = []
    if activeAnnouncements > 1 { periods.append(Int(AnnouncementBanner.secondsEach)) }
    if kiosk.flow == nil, !kiosk.showsLiveBoard, !kiosk.clock.steps.isEmpty {
      switch kiosk.screen {
      case .cards: periods.append(Int(CardsScreen.secondsPerPage))
      case .wall: periods.append(Int(WallPane.secondsPerPage))
      case .spotlight: periods.append(Int(SpotlightScreen.secondsPerPerson))
      case .tips, .openmic: break
      }
    }
    guard let first = periods.first else { return nil }
    return Double(periods.dropFirst().reduce(first, greatestCommonDivisor))
  }

  /// The frame time of `kiosk` at `now`.
  public init(kiosk: KioskState, now: Date) {
    let active = kiosk.live.announcements.filter { $0.isActive(at: now) }
    minute = Int((now.timeIntervalSince1970 / 60).rounded(.down))
    period = Self.seconds(for: kiosk, activeAnnouncements: active.count)
      .map { Int((max(0, kiosk.screenElapsed(at: now)) / $0).rounded(.down)) } ?? 0
    announcements = active.map(\.id)
  }

  private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }
}
