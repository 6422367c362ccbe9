import EventState
import Foundation

extension KioskDisplay {
  /// The keys that work at `now`, for the footer: at the rotating display the ways into the attendee
  /// flows and the screen keys; in a flow the keys of its current step; in moderator mode the
  /// moderator's (at a PIN prompt that wrong PINs lock at `now`, only Esc).
  public static func keyHints(for kiosk: KioskState, at now: Date) -> [KeyHint] {
    if let session = kiosk.moderator {
      return ModeratorKeyHints.hints(for: session, promptLocked: kiosk.live.lockout.isLocked(at: now), isConsole: kiosk.isModeratorConsole)
    }
    guard let flow = kiosk.flow else {
      return [
        KeyHint(key: "Enter", label: "pin your card", shortLabel: "pin card"),
        KeyHint(key: "m", label: "open mic"),
        KeyHint(key: "f", label: "find people", shortLabel: "find"),
        KeyHint(key: "r", label: "edit your card", shortLabel: "edit card"),
        KeyHint(key: "←/→", label: "screens"),
      ]
    }
    switch flow {
    case .pin(let wizard): return pinHints(wizard, kiosk: kiosk)
    case .openMic(let wizard): return openMicHints(wizard, kiosk: kiosk)
    case .find(let find):
      return find.opened != nil ? hints(("Esc", "back")) : hints(("type", "to search"), ("↓↑", "choose"), ("Enter", "open"), ("Esc", "back"))
    case .manage(let manage):
      switch manage.stage {
      case .code: return hints(("type", "your code"), ("Enter", "open"), ("Esc", "cancel"))
      case .card: return hints(("e", "edit"), ("d", "delete"), ("Esc", "back"))
      case .confirmDelete: return hints(("y", "delete"), ("n", "keep"))
      }
    case .saving(let saving): return saving.failure == nil ? [] : hints(("Enter", "try again"), ("Esc", "back"))
    case .done: return hints(("any key", "to close"))
    }
  }


  /// The pin wizard's keys at its current step.
  static func pinHints(_ wizard: PinWizard, kiosk: KioskState) -> [KeyHint] {
    switch wizard.step {
    case .name: return nameHints(wizard.name.text, kiosk: kiosk)
    case .role, .offer, .seek, .contact: return hints(("Enter", "next"), ("↑", "back"), ("Esc", "cancel"))
    case .topic:
      let count = min(9, kiosk.event.topics.count)
      guard count > 0 else { return hints(("Shift-Tab", "back"), ("Esc", "cancel")) }
      return hints((count == 1 ? "1" : "1–\(count)", "choose"), ("Enter", "next"), ("Shift-Tab", "back"), ("Esc", "cancel"))
    case .showCard, .shareContact: return hints(("y", "yes"), ("n", "no"), ("Enter", "next"), ("↑", "back"), ("Esc", "cancel"))
    case .summary:
      if wizard.duplicate != nil { return hints(("e", "update it"), ("↑", "back"), ("Esc", "cancel")) }
      return hints(("Enter", wizard.editing == nil ? "pin" : "save"), ("↑", "back"), ("Esc", "cancel"))
    }
  }

  /// The open-mic sign-up's keys at its current step.
  static func openMicHints(_ wizard: OpenMicWizard, kiosk: KioskState) -> [KeyHint] {
    switch wizard.step {
    case .name: return nameHints(wizard.name.text, kiosk: kiosk)
    case .pitch: return hints(("Enter", "next"), ("↑", "back"), ("Esc", "cancel"))
    case .minutes:
      let range = OpenMicWizard.minutesRange
      return hints(("\(range.lowerBound)–\(range.upperBound)", "choose"), ("←/→", "change"), ("Enter", "next"), ("↑", "back"), ("Esc", "cancel"))
    case .summary: return hints(("Enter", "join"), ("↑", "back"), ("Esc", "cancel"))
    }
  }

  /// A name step's keys: Down/Up only when there are matches to choose from.
  static func nameHints(_ typed: String, kiosk: KioskState) -> [KeyHint] {
    let matches = !NameSuggestions.matching(typed, in: kiosk.directory.people).isEmpty
    return hints(("Enter", "next")) + (matches ? hints(("↓↑", "choose")) : []) + hints(("Esc", "cancel"))
  }

  /// Hints from (key, label) pairs.
  static func hints(_ pairs: (String, String)...) -> [KeyHint] {
    pairs.map { KeyHint(key: $0.0, label: $0.1) }
  }
}
