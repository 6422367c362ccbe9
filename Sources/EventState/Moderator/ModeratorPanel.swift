/// The unlocked moderator's panel: the open-mic queue by default, and the modes its keys open.
public struct ModeratorPanel: Sendable, Hashable {
  /// What the panel shows and which keys it takes.
  public enum Mode: Sendable, Hashable {
    /// The open-mic queue (`n`, `Up`/`Down`, `[`/`]`, `x`, `+`/`-`, `Space`, …).
    case queue
    /// Wall moderation: every pinned card, hidden ones too; `h` hides or shows, `d` deletes.
    case wall(WallModeration)
    /// Writing an announcement.
    case announce(AnnouncementForm)
    /// Choosing a screen to show on every display; the index into `ScreenKind.allCases`.
    case goTo(selection: Int)
    /// "Quit the kiosk?" waiting for `y` or `n`.
    case confirmQuit
    /// The audit log, scrolled back `offset` lines from its end.
    case log(offset: Int)
  }

  public var mode: Mode
  /// The selected waiting entry, as an index into `LiveState.waiting`.
  public var selection: Int
  /// What the last action did, shown until the next key ("Ben Ode is live").
  public var notice: String?

  public init(mode: Mode = .queue, selection: Int = 0, notice: String? = nil) {
    self.mode = mode
    self.selection = selection
    self.notice = notice
  }
}

/// Wall moderation: which card is selected, and whether `d` asks to confirm a deletion.
public struct WallModeration: Sendable, Hashable {
  /// Index into `LiveState.cards`.
  public var selection: Int
  /// The card id a deletion waits to be confirmed for.
  public var confirmingDelete: String?

  public init(selection: Int = 0, confirmingDelete: String? = nil) {
    self.selection = selection
    self.confirmingDelete = confirmingDelete
  }
}

/// An announcement being written: its text, then for how many minutes it shows.
public struct AnnouncementForm: Sendable, Hashable {
  /// Longest announcement, in characters (it must fit one banner line).
  public static let textLimit = 100
  /// Minutes offered first, and the range allowed.
  public static let defaultMinutes = 5
  public static let minutesRange = 1...240

  /// Which part is being filled in.
  public enum Step: Sendable, Hashable {
    case text
    case minutes
  }

  public var text: TextInput
  public var minutes: Int
  public var step: Step
  /// Whether a digit was typed for the minutes: the first one replaces the offered value.
  public var minutesTyped: Bool

  public init(text: TextInput = TextInput(limit: AnnouncementForm.textLimit), minutes: Int = AnnouncementForm.defaultMinutes, step: Step = .text) {
    self.text = text
    self.minutes = minutes
    self.step = step
    minutesTyped = false
  }
}
