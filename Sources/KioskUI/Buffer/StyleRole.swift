/// What a cell is, semantically. Themes map each role to colours and attributes for every colour
/// depth, so views never name a colour.
public enum StyleRole: String, Sendable, Hashable, CaseIterable, Codable {
  /// Empty screen area.
  case background
  /// Ordinary text on the background.
  case text
  /// Secondary text (hints, descriptions).
  case muted
  /// The header bar: event name and venue.
  case header
  /// The header's clock and "what's on now".
  case headerAccent
  /// The footer bar.
  case footer
  /// A key name in the footer ("Enter", "m", …).
  case footerKey
  /// The name of the screen shown now in the rotation indicator.
  case screenActive
  /// Borders of panes and cards.
  case border
  /// A pane's or a screen's title.
  case paneTitle
  /// The count of cards in a pane and "page 1/3" markers.
  case paneCount
  /// Initials avatar.
  case avatar
  /// A person's name on a card.
  case cardName
  /// Title · company on a card.
  case cardRole
  /// Topics on a card.
  case cardTopic
  /// "Can help with" text.
  case cardOffer
  /// "Looking for" text.
  case cardSeek
  /// A contact the owner shared.
  case cardContact
  /// A QR code: dark modules on a light ground in every theme, so that phones can scan it.
  case qrCode
  /// The text of a tip.
  case tipText
  /// The heading of a tip.
  case tipTitle
  /// "Now speaking" label and the live speaker's name.
  case micLive
  /// The live speaker's pitch.
  case micPitch
  /// The countdown while time is left.
  case micCountdown
  /// The countdown in the last minute.
  case micWarning
  /// The countdown in the last ten seconds: red and blinking, the only role that blinks.
  case micFinalSeconds
  /// The countdown in overtime, and in the last ten seconds while the timer is paused: red, steady.
  case micOvertime
  /// Entries waiting in the queue.
  case micUpNext
  /// Entries that have spoken.
  case micDone
  /// The announcement banner.
  case announcement
  /// A problem the viewer should notice (e.g. "enlarge the terminal").
  case warning
}
