/// Keys of wall moderation: `Up`/`Down` choose a card, `h` hides or shows it, `d` then `y` deletes
/// it, Esc goes back to the queue (or cancels a deletion).
enum WallModerationKeys {
  static func handle(_ key: KeyPress, _ wall: WallModeration, _ panel: ModeratorPanel, in state: inout KioskState) -> [KioskEffect] {
    var panel = panel
    var wall = wall
    var effects: [KioskEffect] = []
    let cards = state.live.cards
    let selected = cards.indices.contains(wall.selection) ? cards[wall.selection] : nil
    if let pending = wall.confirmingDelete {
      wall.confirmingDelete = nil
      if key == .character("y") || key == .character("Y"), cards.contains(where: { $0.id == pending }) {
        effects.append(ModeratorKeys.write(.delete(cardID: pending), in: &state))
        panel.notice = "Card deleted"
      }
      panel.mode = .wall(wall)
      state.moderator = .unlocked(panel)
      return effects
    }
    switch key {
    case .up: wall.selection = max(0, wall.selection - 1)
    case .down: wall.selection = ModeratorKeys.clamp(wall.selection + 1, count: cards.count)
    case .pageUp: wall.selection = max(0, wall.selection - 10)
    case .pageDown: wall.selection = ModeratorKeys.clamp(wall.selection + 10, count: cards.count)
    case .character("h"):
      guard let selected else { break }
      effects.append(ModeratorKeys.write(.setCardHidden(cardID: selected.id, hidden: !selected.hidden), in: &state))
      panel.notice = selected.hidden ? "\(selected.name) is shown again" : "\(selected.name) is hidden"
    case .character("d"):
      guard let selected else { break }
      wall.confirmingDelete = selected.id
    case .escape:
      panel.mode = .queue
      state.moderator = .unlocked(panel)
      return []
    default:
      break
    }
    panel.mode = .wall(wall)
    state.moderator = .unlocked(panel)
    return effects
  }
}
