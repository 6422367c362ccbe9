import ContactCode
import EventState
import Foundation
import KioskUI

/// One whole kiosk frame, rendered the way `mingle`'s runner renders it: the display for a state,
/// with the footer's key hints and contact codes from the shared cache, into a fresh buffer.
enum KioskFrame {
  /// The frame for `state` at `now`, with the event's `tips`, in `timeZone`, with Unicode glyphs.
  static func render(_ state: KioskState, tips: [Tip], timeZone: TimeZone, now: Date) -> CellBuffer {
    var buffer = CellBuffer(width: state.columns, height: state.rows)
    let context = RenderContext(glyphs: .unicode, now: now, screenElapsed: state.screenElapsed(at: now), timeZone: timeZone)
    KioskDisplay(
      event: state.event, directory: state.directory, tips: tips, kiosk: state, keyHints: KioskDisplay.keyHints(for: state, at: now),
      qrCodes: QRCodeCache.shared.provider
    ).render(in: buffer.area, into: &buffer, context: context)
    return buffer
  }

  /// A kiosk state showing only `screen`, for the folder's event and roster and the store's `live`
  /// state, on a terminal of `columns`×`rows`.
  static func state(showing screen: ScreenKind, folder: EventFolder, live: LiveState, columns: Int, rows: Int, now: Date) -> KioskState {
    let seconds = folder.config.rotation.first { $0.screen == screen }?.seconds ?? 20
    return KioskState(
      clock: RotationClock(steps: [RotationStep(screen: screen, seconds: seconds)]), now: now, columns: columns, rows: rows,
      live: live, event: folder.config, roster: folder.roster, seed: 1)
  }
}
