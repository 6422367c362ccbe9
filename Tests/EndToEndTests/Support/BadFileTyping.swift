import EventState

/// What an attendee types at a kiosk in the full-disk test, sent to a kiosk in tmux or given to the
/// reducer as keys.
enum BadFileTyping {
  case text(String)
  case enter
  case escape

  /// Opens the pin wizard and answers every question for `name` (first topic, shown on the screens, no
  /// contact), up to the last step, the preview: Enter then pins the card.
  static func cardUpToPreview(name: String) -> [BadFileTyping] {
    [
      .enter, .text(name), .enter, .text("Engineer"), .enter, .text("1"), .enter, .text("Looms"), .enter, .text("Punch cards"),
      .enter, .enter, .text("y"), .enter,
    ]
  }

  /// Opens the open-mic wizard and answers for `name`, up to the last step: Enter then joins the queue.
  static func openMicUpToSummary(name: String) -> [BadFileTyping] {
    [.text("m"), .text(name), .enter, .text("Solar kiosks for markets"), .enter, .enter]
  }

  /// The keys, as the kiosk's reducer takes them.
  var keyPresses: [KeyPress] {
    switch self {
    case .text(let text): text.map { KeyPress.character($0) }
    case .enter: [.enter]
    case .escape: [.escape]
    }
  }

  /// Sends `typing` to the program in `session`.
  static func send(_ typing: [BadFileTyping], to session: TmuxSession) throws {
    for key in typing {
      switch key {
      case .text(let text): try session.type(text)
      case .enter: try session.send(keys: "Enter")
      case .escape: try session.send(keys: "Escape")
      }
    }
  }
}
