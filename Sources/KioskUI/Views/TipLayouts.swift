import EventState
import Foundation

/// The layouts `TipsScreen` chose, kept for as long as the tip and the area stay the same: choosing
/// one wraps the tip in block letters at every size, and a still tips screen is drawn again every
/// second.
///
/// Views are made anew for every frame (`KioskDisplay` builds a new `TipsScreen` each time), so the
/// layouts cannot live in the view itself: the screen holds a reference to this store (the shared one
/// unless told otherwise). It is safe to use from any thread. What it keeps is a pure function of its
/// key, so sharing it changes nothing that is drawn; it forgets everything when it holds `capacity`
/// layouts, which keeps it small while tips and sizes change.
final class TipLayouts: @unchecked Sendable {
  /// What a layout depends on: the tip, the size of the area and the glyphs of the terminal.
  struct Key: Hashable {
    var tip: Tip
    var width: Int
    var height: Int
    var glyphs: GlyphSet
  }

  /// How many layouts are kept before the store starts over.
  let capacity: Int
  private let lock = NSLock()
  private var layouts: [Key: VerticalStack?] = [:]

  /// An empty store that keeps up to `capacity` layouts.
  init(capacity: Int = 16) {
    self.capacity = max(1, capacity)
  }

  /// The store every tips screen uses unless given its own.
  static let shared = TipLayouts()

  /// How many layouts are kept now.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return layouts.count
  }

  /// The layout kept for `key`, or the one `choose` makes (nil: nothing fits), kept from then on.
  func layout(for key: Key, choose: () -> VerticalStack?) -> VerticalStack? {
    lock.lock()
    defer { lock.unlock() }
    if let known = layouts[key] { return known }
    let chosen = choose()
    if layouts.count >= capacity { layouts.removeAll(keepingCapacity: true) }
    layouts[key] = chosen
    return chosen
  }
}
