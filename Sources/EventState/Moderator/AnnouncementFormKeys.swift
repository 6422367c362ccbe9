import Foundation

/// Keys while writing an announcement: type the text, Enter; then the minutes (digits, or
/// `Up`/`Down`), Enter puts it up on every display. Esc goes back a step.
enum AnnouncementFormKeys {
  static func handle(_ key: KeyPress, _ form: AnnouncementForm, _ panel: ModeratorPanel, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var panel = panel
    var form = form
    var effects: [KioskEffect] = []
    switch (form.step, key) {
    case (.text, .escape): panel.mode = .queue
    case (.text, .enter): if !form.text.trimmed.isEmpty { form.step = .minutes }
    case (.text, _): _ = form.text.apply(key)
    case (.minutes, .escape): form.step = .text
    case (.minutes, .up): form.minutes = clamped(form.minutes + 1)
    case (.minutes, .down): form.minutes = clamped(form.minutes - 1)
    case (.minutes, .backspace), (.minutes, .delete): form.minutes = clamped(form.minutes / 10)
    case (.minutes, .character(let digit)) where digit.isASCIIDigit:
      form.minutes = clamped((form.minutesTyped ? form.minutes * 10 : 0) + (digit.wholeNumberValue ?? 0))
      form.minutesTyped = true
    case (.minutes, .enter):
      let announcement = Announcement(
        id: state.random.identifier(), text: form.text.trimmed, createdAt: now,
        expiresAt: now.addingTimeInterval(TimeInterval(form.minutes * 60)))
      effects.append(ModeratorKeys.write(.announce(announcement), in: &state))
      panel.mode = .queue
      panel.notice = "Announcement up for \(form.minutes) min"
    default: break
    }
    if case .announce = panel.mode { panel.mode = .announce(form) }
    state.moderator = .unlocked(panel)
    return effects
  }

  /// `minutes` within `AnnouncementForm.minutesRange`.
  static func clamped(_ minutes: Int) -> Int {
    min(max(minutes, AnnouncementForm.minutesRange.lowerBound), AnnouncementForm.minutesRange.upperBound)
  }
}
