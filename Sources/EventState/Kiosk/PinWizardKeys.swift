import Foundation

/// The pin wizard's keys: one question per step; Enter answers, Up or Shift-Tab goes back with the
/// answer kept, Esc cancels.
enum PinWizardKeys {
  static func handle(_ key: KeyPress, _ wizard: PinWizard, in state: inout KioskState, now: Date) -> [KioskEffect] {
    var w = wizard
    if key == .escape {
      KioskReducer.close(&state, now: now)
      return []
    }
    if key == .backTab, w.step != .name {
      w.error = nil
      w.step = w.step(before: w.step)
      state.flow = .pin(w)
      return []
    }
    switch w.step {
    case .name: name(key, &w, state: state)
    case .role: text(key, \.role, &w)
    case .topic: topic(key, &w, topics: state.event.topics)
    case .offer: text(key, \.offer, &w)
    case .seek: text(key, \.seek, &w)
    case .contact: contact(key, &w)
    case .showCard: yesNo(key, \.showCard, &w)
    case .shareContact: yesNo(key, \.shareContact, &w)
    case .summary: return summary(key, w, in: &state)
    }
    state.flow = .pin(w)
    return []
  }

  /// Name: typing shows suggestions; Down/Up choose one; Enter takes it or the typed name.
  static func name(_ key: KeyPress, _ w: inout PinWizard, state: KioskState) {
    let suggestions = NameSuggestions.matching(w.name.text, in: state.directory.people)
    switch key {
    case .down:
      w.matchSelection = NameSuggestions.move(w.matchSelection, down: true, count: suggestions.count)
    case .up:
      w.matchSelection = NameSuggestions.move(w.matchSelection, down: false, count: suggestions.count)
    case .enter:
      if let index = w.matchSelection, index < suggestions.count {
        take(suggestions[index], into: &w, topics: state.event.topics)
      } else if w.name.trimmed.isEmpty {
        w.error = "Please type your name."
        return
      }
      w.name = TextInput(w.name.trimmed, limit: PinWizard.nameLimit)
      w.error = nil
      w.matchSelection = nil
      w.step = w.step(after: .name)
    default:
      if w.name.apply(key) {
        w.matchSelection = nil
        w.error = w.name.isFull ? "Names can be at most \(PinWizard.nameLimit) characters." : nil
      }
    }
  }

  /// Prefills the wizard from a public card: only what that card shows (a contact only if shared).
  static func take(_ card: DisplayCard, into w: inout PinWizard, topics: [Topic]) {
    w.name = TextInput(card.name, limit: PinWizard.nameLimit)
    w.role = TextInput(PinWizard.roleText(title: card.title, company: card.company), limit: PinWizard.roleLimit)
    w.offer = TextInput(card.offer, limit: PinWizard.textLimit)
    w.seek = TextInput(card.seek, limit: PinWizard.textLimit)
    w.contact = TextInput(card.contact ?? "", limit: PinWizard.contactLimit)
    if let topic = card.topics.first, let index = topics.firstIndex(where: { $0.title == topic || $0.id == topic }) {
      w.topicIndex = index
    }
  }

  /// A free-text step: typing edits, Enter goes on, Up goes back.
  static func text(_ key: KeyPress, _ field: WritableKeyPath<PinWizard, TextInput>, _ w: inout PinWizard) {
    switch key {
    case .enter:
      w.error = nil
      w.step = w.step(after: w.step)
    case .up:
      w.error = nil
      w.step = w.step(before: w.step)
    default:
      if w[keyPath: field].apply(key) {
        let input = w[keyPath: field]
        w.error = input.isFull ? "That is the most this field takes (\(input.limit) characters)." : nil
      }
    }
  }

  /// Topic: a number picks, arrows move, Enter goes on; Up on the first topic goes back.
  static func topic(_ key: KeyPress, _ w: inout PinWizard, topics: [Topic]) {
    guard !topics.isEmpty else {
      w.error = "This event has no topics to pin to."
      if key == .up { w.step = w.step(before: .topic) }
      return
    }
    switch key {
    case .character(let c) where c.isNumber:
      if let n = c.wholeNumberValue, n >= 1, n <= topics.count {
        w.topicIndex = n - 1
        w.error = nil
      } else {
        w.error = "Type a number from 1 to \(topics.count)."
      }
    case .down: w.topicIndex = min(w.topicIndex + 1, topics.count - 1)
    case .up:
      if w.topicIndex == 0 { w.step = w.step(before: .topic) } else { w.topicIndex -= 1 }
    case .enter:
      w.topicIndex = min(w.topicIndex, topics.count - 1)
      w.error = nil
      w.step = w.step(after: .topic)
    default: break
    }
  }

  /// Contact: optional; when given it must be an email, a phone number or a web address.
  static func contact(_ key: KeyPress, _ w: inout PinWizard) {
    if key == .enter, let problem = ContactValidation.problem(with: w.contact.trimmed) {
      w.error = problem
      return
    }
    if key == .enter, w.contact.trimmed.isEmpty { w.shareContact = false }
    text(key, \.contact, &w)
  }

  /// A yes/no question: y or n answers, Enter goes on with the answer shown (No by default).
  static func yesNo(_ key: KeyPress, _ answer: WritableKeyPath<PinWizard, Bool>, _ w: inout PinWizard) {
    switch key {
    case .character("y"), .character("Y"): w[keyPath: answer] = true
    case .character("n"), .character("N"): w[keyPath: answer] = false
    case .enter: w.step = w.step(after: w.step)
    case .up: w.step = w.step(before: w.step)
    default: break
    }
  }

  /// Summary: Enter pins (or, for a second card on the same topic, offers to update the first).
  static func summary(_ key: KeyPress, _ wizard: PinWizard, in state: inout KioskState) -> [KioskEffect] {
    var w = wizard
    switch key {
    case .up:
      w.duplicate = nil
      w.error = nil
      w.step = w.step(before: .summary)
    case .character("e"), .character("E"):
      guard let existing = w.duplicate else { break }
      w.editing = existing
      w.duplicate = nil
      return pin(w, in: &state)
    case .enter:
      guard state.event.topics.indices.contains(w.topicIndex) else {
        w.error = "Choose a topic first."
        break
      }
      let topic = state.event.topics[w.topicIndex]
      let mine = NameKey.fold(w.name.trimmed)
      if let existing = state.live.cards.first(where: {
        $0.topicID == topic.id && NameKey.fold($0.name) == mine && $0.id != w.editing?.id
      }) {
        w.duplicate = existing
        w.error = "You already have a card on \(topic.title). Press e to update it with these answers, Esc to cancel."
        break
      }
      return pin(w, in: &state)
    default: break
    }
    state.flow = .pin(w)
    return []
  }

  /// Builds the card from the answers and sends it to the store.
  static func pin(_ w: PinWizard, in state: inout KioskState) -> [KioskEffect] {
    let topic = state.event.topics[w.topicIndex]
    let (title, company) = PinWizard.split(role: w.role.trimmed)
    let contact = w.contact.trimmed
    let card = PinnedCard(
      id: w.editing?.id ?? state.random.identifier(), topicID: topic.id, name: w.name.trimmed, title: title,
      company: company, offer: w.offer.trimmed, seek: w.seek.trimmed, contact: contact, showCard: w.showCard,
      shareContact: w.shareContact && !contact.isEmpty, hidden: w.editing?.hidden ?? false,
      code: w.editing?.code ?? PersonalCode.make(using: &state.random, avoiding: Set(state.live.cards.map(\.code))),
      pinnedAt: w.editing?.pinnedAt ?? state.lastInputAt)
    return FlowKeys.save(w.editing == nil ? .pin(card) : .update(card), from: .pin(w), in: &state)
  }
}
