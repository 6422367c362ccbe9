import Foundation

/// `r`: type the personal code, then `e` edits the card, `d` deletes it after a confirmation. Wrong
/// codes are rate-limited.
enum ManageCardKeys {
  static func handle(_ key: KeyPress, _ manage: ManageCard, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var m = manage
    switch m.stage {
    case .code:
      if key == .escape {
        KioskReducer.close(&state, now: now)
        return []
      }
      let wait = state.codeAttempts.lockedSeconds(at: now)
      if wait > 0 {
        m.error = "Too many wrong codes. Try again in \(wait) s."
        break
      }
      if key == .enter {
        guard let code = PersonalCode.normalize(m.code.text), let card = state.live.cards.first(where: { $0.code == code }) else {
          state.codeAttempts.fail(at: now)
          m.code = TextInput(limit: PersonalCode.length)
          m.error = "No card has that code. Check the 4 letters you were given."
          break
        }
        m.error = nil
        m.stage = .card(card)
      } else if case .character(let c) = key {
        // Codes are capital letters; a letter whose capital is two letters ("ß" → "SS") is none of them.
        let upper = c.uppercased()
        if upper.count == 1 { _ = m.code.apply(.character(Character(upper))) }
      } else {
        _ = m.code.apply(key)
      }
    case .card(let card):
      switch key {
      case .character("e"), .character("E"):
        state.flow = .pin(PinWizard(editing: card, topics: state.event.topics))
        return []
      case .character("d"), .character("D"): m.stage = .confirmDelete(card)
      case .escape: m = ManageCard()
      default: break
      }
    case .confirmDelete(let card):
      switch key {
      case .character("y"), .character("Y"): return FlowKeys.save(.delete(cardID: card.id), from: .manage(m), in: &state)
      case .character("n"), .character("N"), .escape: m.stage = .card(card)
      default: break
      }
    }
    state.flow = .manage(m)
    return []
  }
}
