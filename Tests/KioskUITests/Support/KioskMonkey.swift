import EventState
import Foundation
import KioskUI

/// Drives a kiosk the way `KioskRunner` does, without a terminal: each action goes through
/// `KioskReducer`, its writes through a real `EventStore` in a temporary folder (so the state that
/// comes back is what a store makes of them), and every resulting state is drawn at its size.
struct KioskMonkey {
  private(set) var state: KioskState
  /// Frames drawn so far.
  private(set) var frames = 0
  private var now = Demo.now
  private var generator: SplitMix64
  private let store: EventStore
  private let pin: String

  init(seed: UInt64, pin: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-monkey-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    store = try EventStore(url: folder.appendingPathComponent("state.sqlite"))
    for card in Demo.cards { try store.pin(card, actor: "monkey setup") }
    for entry in Demo.queue { try store.enqueue(entry, actor: "monkey setup") }
    var event = Demo.event
    event.moderatorPIN = PINHash.make(pin: pin)
    state = KioskState(
      clock: RotationClock(steps: EventConfig.defaultRotation), now: Demo.now, columns: 100, rows: 30,
      live: try store.snapshot(now: Demo.now), event: event, roster: Demo.roster, seed: seed)
    generator = SplitMix64(seed: seed)
    self.pin = pin
  }

  /// Opens the moderator's controls as a moderator would: F12, the PIN, Enter.
  mutating func unlock() {
    perform(.key(.function(12)))
    for digit in pin { perform(.key(.character(digit))) }
    perform(.key(.enter))
  }

  /// Takes `count` random actions, drawing after each. With `staysUnlocked`, unlocks again whenever
  /// the controls locked (Esc, the idle timeout), so that the moderator's keys get most of the keys.
  mutating func run(actions count: Int, staysUnlocked: Bool = false) {
    for _ in 0..<count {
      if staysUnlocked, !state.moderator.isUnlocked, !state.live.lockout.isLocked(at: now) {
        perform(.key(.escape))
        unlock()
      }
      perform(nextAction())
    }
  }

  /// Runs `action` and what its effects lead to, as the runner does, then draws the state.
  private mutating func perform(_ action: KioskAction) {
    let effects = StoreEffects(store: store, actor: "monkey")
    var actions = [action]
    while !actions.isEmpty {
      let (next, produced) = KioskReducer.reduce(state, actions.removeFirst(), now: now)
      state = next
      actions.insert(contentsOf: produced.flatMap { effects.perform($0, now: now) }, at: 0)
    }
    draw()
  }

  private mutating func draw() {
    var buffer = CellBuffer(width: state.columns, height: state.rows)
    let context = RenderContext(glyphs: .unicode, now: now, screenElapsed: state.screenElapsed(at: now), timeZone: Demo.utc)
    KioskDisplay(event: state.event, directory: state.directory, tips: Demo.tips, kiosk: state, keyHints: KioskDisplay.keyHints(for: state, at: now), qrCodes: QRTestCodes.provider)
      .render(in: buffer.area, into: &buffer, context: context)
    frames += 1
  }

  private mutating func nextAction() -> KioskAction {
    switch Int.random(in: 0..<100, using: &generator) {
    case 0..<3:
      return .resized(columns: Int.random(in: 1...400, using: &generator), rows: Int.random(in: 1...120, using: &generator))
    case 3..<8:
      now += Double.random(in: 0...(Bool.random(using: &generator) ? 2 : 200), using: &generator)
      return .tick
    default:
      return .key(nextKey())
    }
  }

  private mutating func nextKey() -> KeyPress {
    switch Int.random(in: 0..<100, using: &generator) {
    case 0..<35: return .character(Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator))))
    case 35..<45: return .character(Self.text.randomElement(using: &generator)!)
    case 45..<50: return .control(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator))))
    case 50..<55: return .function(Int.random(in: 1...12, using: &generator))
    case 55..<60: return .unknown(Int32.random(in: 0...0x7FFF, using: &generator))
    default: return Self.keys.randomElement(using: &generator)!
    }
  }

  private static let text: [Character] = [
    "é", "ß", "中", "文", "😀", "👩‍💻", "🇩🇪", "e\u{301}", "a\u{308}\u{308}\u{308}", "ש", "ل", "0", "1", "2", "4", "6", "8",
  ]

  private static let keys: [KeyPress] = [
    .enter, .enter, .enter, .escape, .backspace, .delete, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp,
    .pageDown,
  ]
}

extension Optional where Wrapped == ModeratorSession {
  /// Whether the moderator's controls are open.
  var isUnlocked: Bool {
    if case .unlocked? = self { return true }
    return false
  }
}
