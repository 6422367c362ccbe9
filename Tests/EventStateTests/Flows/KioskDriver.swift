import Foundation
import Testing

@testable import EventState

/// Drives a `KioskState` through the reducer the way the kiosk loop does: keys in, effects carried
/// out on a real store in a temporary folder, the store's snapshot and commit fed back.
struct KioskDriver {
  var state: KioskState
  var now: Date
  let store: EventStore
  /// Every mutation the reducer asked for, in order.
  var written: [StoreMutation] = []
  /// When set, writes fail with this reason instead of reaching the store.
  var failWrites: String?
  /// Whether the reducer asked to quit.
  var quit = false

  static let topics = [
    Topic(id: "investors", title: "For investors", summary: "Angels and funds"),
    Topic(id: "legal", title: "For lawyers", summary: "Contracts and IP"),
    Topic(id: "design", title: "Design & product"),
  ]

  static let roster = [
    Attendee(name: "José Núñez", title: "Founder", company: "Agrovolt", topics: ["investors"], offer: "Field data", seek: "Seed money", contact: "jose@agrovolt.example", showCard: true, shareContact: true, line: 2),
    Attendee(name: "Priya Raman", title: "Counsel", company: "Raman & Cole", topics: ["legal"], contact: "priya@example.com", showCard: true, shareContact: false, line: 3),
    Attendee(name: "Hidden Person", title: "Secret", company: "Nowhere", contact: "h@example.com", showCard: false, line: 4),
  ]

  /// The moderator PIN of the driver's event (hashed with few rounds: the tests verify it often).
  static let pin = "2468"
  static let pinHash = PINHash.make(pin: pin, iterations: 100)

  init(idleTimeout: Int = 60, openMic: OpenMicSettings = OpenMicSettings(), moderatorConsole: Bool = false, store: EventStore? = nil) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-flows-\(UUID().uuidString)")
    self.store = try store ?? EventStore(url: folder.appendingPathComponent("state.sqlite"))
    now = Date(timeIntervalSince1970: 1_800_000_000)
    let event = EventConfig(
      name: "Meetup", topics: Self.topics, moderatorPIN: Self.pinHash, idleTimeoutSeconds: idleTimeout, openMic: openMic)
    state = KioskState(
      clock: RotationClock(steps: EventConfig.defaultRotation), now: now, live: try self.store.snapshot(now: now), event: event,
      roster: Self.roster, seed: 42, moderatorConsole: moderatorConsole)
  }

  /// Presses `keys` one after the other, a second apart.
  mutating func press(_ keys: KeyPress...) {
    for key in keys { send(.key(key)) }
  }

  /// Types `text` character by character.
  mutating func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }

  /// Lets `seconds` pass and ticks.
  mutating func wait(_ seconds: Double) {
    send(.tick, after: seconds)
  }

  /// Runs one action `seconds` after the previous one, and everything it leads to.
  mutating func send(_ action: KioskAction, after seconds: Double = 1) {
    now = now.addingTimeInterval(seconds)
    run([action])
  }

  /// Types `text` in one go, a second after the previous action, as the kiosk loop takes a burst of
  /// keys (a paste, a keystroke injector): every key at the same time, each after what the ones
  /// before it led to.
  mutating func burst(_ text: String) {
    now = now.addingTimeInterval(1)
    run(text.map { $0 == "\r" ? .key(.enter) : .key(.character($0)) })
  }

  /// Reduces `actions` in order, and what each led to before the next.
  private mutating func run(_ actions: [KioskAction]) {
    var actions = actions
    while !actions.isEmpty {
      let (next, effects) = KioskReducer.reduce(state, actions.removeFirst(), now: now)
      state = next
      // Like the kiosk loop: what the effects led to comes before anything else waiting.
      var followUps: [KioskAction] = []
      for effect in effects { followUps += perform(effect) }
      actions.insert(contentsOf: followUps, at: 0)
    }
  }

  /// Carries out `effect` on the store (a write fails with `failWrites` when set), noting writes and
  /// a quit; returns what it led to.
  mutating func perform(_ effect: KioskEffect) -> [KioskAction] {
    switch effect {
    case .quit:
      quit = true
    case .write(let mutation):
      written.append(mutation)
      if let failWrites { return [.mutationFailed(id: mutation.id, reason: failWrites)] }
    case .readAuditLog, .checkPin:
      break
    }
    let outcome = StoreEffects(store: store, actor: "test").perform(effect, now: now)
    for case .mutationFailed(_, let reason) in outcome { Issue.record("store refused \(effect): \(reason)") }
    return outcome
  }

  /// The open pin wizard (fails the test when another flow is open).
  var pin: PinWizard? {
    if case .pin(let wizard) = state.flow { return wizard }
    return nil
  }

  var openMic: OpenMicWizard? {
    if case .openMic(let wizard) = state.flow { return wizard }
    return nil
  }

  var find: FindPeople? {
    if case .find(let find) = state.flow { return find }
    return nil
  }

  var manage: ManageCard? {
    if case .manage(let manage) = state.flow { return manage }
    return nil
  }

  var confirmation: FlowConfirmation? {
    if case .done(let confirmation) = state.flow { return confirmation }
    return nil
  }

  /// Pins a card with the exact keys of the key contract.
  mutating func pinCard(name: String, role: String = "", topic: Int = 1, offer: String = "", seek: String = "", contact: String = "", show: Bool = true, share: Bool = false) {
    press(.enter)
    type(name)
    press(.enter)
    if !role.isEmpty {
      while !(pin?.role.text.isEmpty ?? true) { press(.backspace) }
      type(role)
    }
    press(.enter)
    type("\(topic)")
    press(.enter)
    type(offer)
    press(.enter)
    type(seek)
    press(.enter)
    while !(pin?.contact.text.isEmpty ?? true) { press(.backspace) }
    type(contact)
    press(.enter)
    type(show ? "y" : "n")
    press(.enter)
    if !contact.isEmpty {
      type(share ? "y" : "n")
      press(.enter)
    }
    press(.enter)
  }
}
