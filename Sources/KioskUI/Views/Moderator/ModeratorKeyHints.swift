import EventState

/// The keys of moderator mode for the footer, at the PIN prompt and in each mode of the panel.
public enum ModeratorKeyHints {
  /// The keys that work now in `session`, most important first (the footer drops the last ones when
  /// narrow, so `Esc lock` comes second; the queue's Keys box shows them all). `promptLocked` tells
  /// that wrong PINs lock the prompt now, so that only Esc works there; `isConsole` tells a
  /// moderator's console (where Esc at the prompt clears it) from a kiosk (where Esc closes it).
  public static func hints(for session: ModeratorSession, promptLocked: Bool = false, isConsole: Bool = false) -> [KeyHint] {
    switch session {
    case .prompt:
      let escape = KeyHint(key: "Esc", label: isConsole ? "clear" : "close")
      return promptLocked ? [escape] : [KeyHint(key: "0–9", label: "PIN"), KeyHint(key: "Enter", label: "unlock"), escape]
    case .unlocked(let panel):
      return hints(for: panel.mode)
    }
  }

  /// Every key of the panel in `mode` for its Keys box, in the order the README lists them: the
  /// footer's, with Esc (brought forward there so that a narrow footer keeps it) last.
  static func allKeys(for mode: ModeratorPanel.Mode) -> [KeyHint] {
    let keys = hints(for: mode)
    return keys.filter { $0.key != "Esc" } + keys.filter { $0.key == "Esc" }
  }

  /// The keys of the panel in `mode`.
  static func hints(for mode: ModeratorPanel.Mode) -> [KeyHint] {
    switch mode {
    case .queue:
      return [
        KeyHint(key: "n", label: "next speaker", shortLabel: "next"),
        KeyHint(key: "Esc", label: "lock"),
        KeyHint(key: "↑↓", label: "select"),
        KeyHint(key: "[ ]", label: "move"),
        KeyHint(key: "x", label: "remove"),
        KeyHint(key: "+/-", label: "minute more/less", shortLabel: "min"),
        KeyHint(key: "Space", label: "pause timer", shortLabel: "timer"),
        KeyHint(key: "a", label: "announce", shortLabel: "banner"),
        KeyHint(key: "w", label: "wall"),
        KeyHint(key: "p", label: "pause rotation", shortLabel: "rotation"),
        KeyHint(key: "g", label: "go to screen", shortLabel: "go to"),
        KeyHint(key: "l", label: "audit log", shortLabel: "log"),
        KeyHint(key: "Q", label: "quit"),
      ]
    case .wall(let wall):
      if wall.confirmingDelete != nil { return [KeyHint(key: "y", label: "delete"), KeyHint(key: "any key", label: "cancel")] }
      return [
        KeyHint(key: "↑↓", label: "choose"), KeyHint(key: "h", label: "hide/show"), KeyHint(key: "d", label: "delete", shortLabel: "del"),
        KeyHint(key: "Esc", label: "back"),
      ]
    case .announce(let form):
      switch form.step {
      case .text: return [KeyHint(key: "type", label: "the text"), KeyHint(key: "Enter", label: "next"), KeyHint(key: "Esc", label: "cancel")]
      case .minutes:
        return [
          KeyHint(key: "↑↓ 0–9", label: "minutes"), KeyHint(key: "Enter", label: "put it up", shortLabel: "show"),
          KeyHint(key: "Esc", label: "back"),
        ]
      }
    case .goTo:
      return [KeyHint(key: "↑↓", label: "choose"), KeyHint(key: "Enter", label: "show it"), KeyHint(key: "Esc", label: "back")]
    case .confirmQuit:
      return [KeyHint(key: "y", label: "quit"), KeyHint(key: "n", label: "stay")]
    case .log:
      return [KeyHint(key: "↑↓", label: "scroll"), KeyHint(key: "PgUp/PgDn", label: "page"), KeyHint(key: "Esc", label: "back")]
    }
  }
}
