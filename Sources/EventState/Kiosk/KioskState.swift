import Foundation

/// Everything one kiosk process knows while it runs, changed only by `KioskReducer`.
public struct KioskState: Sendable, Hashable {
  /// The rotation this process shows (event.toml's, or the `--screens` override).
  public var clock: RotationClock
  /// When the rotation was last (re)started, and at which step.
  public var rotationAnchor: Date
  public var anchorStep: Int
  /// The step shown at the last tick, to notice screen changes.
  public var currentStep: Int
  /// How many times each screen has come up: lets tips and pages continue where they left off.
  public var visits: [ScreenKind: Int]
  /// When the current screen came up.
  public var screenStartedAt: Date
  /// Terminal size in columns and rows.
  public var columns: Int
  public var rows: Int
  /// The shared live state as last read from the store.
  public var live: LiveState {
    // The directory is made of the cards only: the open-mic queue, announcements and the rest change
    // often and leave it as it is.
    didSet { if live.cards != oldValue.cards { refreshDirectory() } }
  }
  /// Whether Ctrl-C may quit (`--unlocked`, for development).
  public var unlocked: Bool
  /// The event (topics, idle timeout) and its roster, for the attendee flows.
  public var event: EventConfig {
    get { sources.event }
    set { sources.event = newValue }
  }
  public var roster: [Attendee] {
    get { sources.roster }
    set { sources.roster = newValue }
  }
  /// What the directory is made of besides `live`: setting both at once (`reload`) makes it once.
  private var sources: DirectorySources {
    didSet { if sources != oldValue { refreshDirectory() } }
  }
  /// Who and what may be shown now: kept up to date with `event`, `roster` and `live`, so neither a
  /// key nor a frame has to work it out again.
  public private(set) var directory: PublicDirectory
  /// What an attendee is doing at the keyboard, if anything.
  public var flow: AttendeeFlow?
  /// When the last key was pressed (the idle timeout counts from it).
  public var lastInputAt: Date
  /// When the rotation was paused for a flow.
  public var pausedAt: Date?
  /// Wrong personal codes typed here.
  public var codeAttempts = CodeAttempts()
  /// Makes ids and personal codes; seeded from outside.
  public var random: SplitMix64
  /// Moderator mode, while it is open.
  public var moderator: ModeratorSession?
  /// Whether this is a moderator's console (`mingle moderate`): it always shows the PIN prompt or the
  /// panel, locking returns to the prompt, and Ctrl-C quits.
  public var isModeratorConsole: Bool
  /// The serial of the last go-to-screen request acted on (see `DisplayControl`).
  public var seenScreenSerial: Int
  /// Why the last edit of the event folder was rejected (shown to the moderator); empty when the
  /// folder loaded cleanly.
  public var folderWarnings: [String]
  /// The end of the audit log, as last read for the moderator's log view.
  public var auditLog: [AuditEntry]

  public init(
    clock: RotationClock, now: Date, columns: Int = 80, rows: Int = 24, live: LiveState = LiveState(),
    unlocked: Bool = false, event: EventConfig = EventConfig(name: ""), roster: [Attendee] = [], seed: UInt64 = 0,
    moderatorConsole: Bool = false
  ) {
    self.clock = clock
    rotationAnchor = now
    anchorStep = 0
    currentStep = 0
    visits = [clock.steps[0].screen: 1]
    screenStartedAt = now
    self.columns = columns
    self.rows = rows
    self.live = live
    self.unlocked = unlocked
    sources = DirectorySources(event: event, roster: roster)
    lastInputAt = now
    random = SplitMix64(seed: seed)
    directory = PublicDirectory(config: event, roster: roster, live: live)
    isModeratorConsole = moderatorConsole
    moderator = moderatorConsole ? .prompt(PinPrompt()) : nil
    seenScreenSerial = live.control.screenRequest?.serial ?? 0
    folderWarnings = []
    auditLog = []
    if moderatorConsole { pausedAt = now }
  }

  /// The event and the roster of an edited event folder, taken together: the directory is made
  /// again once (and not at all when neither changed, as after an edit of tips.md only).
  public mutating func reload(event: EventConfig, roster: [Attendee]) {
    sources = DirectorySources(event: event, roster: roster)
  }

  /// The event and the roster, which are set together when the folder is reloaded.
  private struct DirectorySources: Sendable, Hashable {
    var event: EventConfig
    var roster: [Attendee]
  }

  /// Works out `directory` again after its inputs changed, keeping what the last one worked out for
  /// the cards that did not change.
  private mutating func refreshDirectory() {
    directory = PublicDirectory(config: event, roster: roster, live: live, replacing: directory)
  }

  /// The screen shown now.
  public var screen: ScreenKind { clock.steps[currentStep].screen }

  /// How many times the current screen has come up, counting this time (1 the first time).
  public var visit: Int { visits[screen, default: 1] }

  /// Whether the live open-mic board fills this display now: someone is live, event.toml lets the
  /// board take over, and nobody is using this kiosk's keyboard.
  public var showsLiveBoard: Bool {
    event.openMic.board == .takeover && live.liveSpeaker != nil && flow == nil && moderator == nil
  }

  /// Whether this kiosk's rotation stands still: during a flow, in moderator mode, while the live
  /// board takes over, or when a moderator paused it on every display.
  public var rotationHeld: Bool {
    flow != nil || moderator != nil || live.control.rotationPaused
      || (event.openMic.board == .takeover && live.liveSpeaker != nil)
  }

  /// Seconds the current screen has been up at `now`.
  public func screenElapsed(at now: Date) -> Double { max(0, now.timeIntervalSince(screenStartedAt)) }
}
