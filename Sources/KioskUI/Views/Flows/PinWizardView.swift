import EventState

/// One step of the pin-your-card wizard: where the person is ("Pin your card · step 3 of 9"), the
/// question in large letters and what answers it — the typed text with its counter and problem,
/// matching names, the numbered topics, a yes/no choice (No until they say yes) or the card as it
/// will be pinned with the consent answers spelled out.
public struct PinWizardView: View {
  /// The wizard and its answers.
  public var wizard: PinWizard
  /// The event's topics, in order (the wizard's `topicIndex` points into them).
  public var topics: [Topic]
  /// The public cards the name is matched against (as `NameSuggestions` is given them).
  public var people: [DisplayCard]

  /// The view of `wizard` for an event with `topics` and `people`.
  public init(wizard: PinWizard, topics: [Topic], people: [DisplayCard]) {
    self.wizard = wizard
    self.topics = topics
    self.people = people
  }

  /// Whether the contact consent question is part of the wizard (only when a contact was given).
  var asksToShareContact: Bool { !wizard.contact.trimmed.isEmpty }

  /// Steps of the wizard for this person.
  var stepCount: Int { PinWizard.Step.allCases.count - (asksToShareContact ? 0 : 1) }

  /// The number of the current step, from 1.
  var stepNumber: Int {
    let skipped = !asksToShareContact && wizard.step.rawValue > PinWizard.Step.shareContact.rawValue
    return wizard.step.rawValue + (skipped ? 0 : 1)
  }

  /// The heading of the current step.
  func heading(glyphs: GlyphSet) -> FlowHeading {
    let flow = wizard.editing == nil ? "Pin your card" : "Edit your card"
    let progress = "\(flow) \(glyphs.separator) step \(stepNumber) of \(stepCount)"
    switch wizard.step {
    case .name: return FlowHeading(progress: progress, question: "Name")
    case .role: return FlowHeading(progress: progress, question: "Your role and company", detail: "For example: Founder at Lagos Cleantech")
    case .topic: return FlowHeading(progress: progress, question: "Which topic?")
    case .offer: return FlowHeading(progress: progress, question: "I can help with", detail: "(optional)")
    case .seek: return FlowHeading(progress: progress, question: "I'm looking for", detail: "(optional)")
    case .contact: return FlowHeading(progress: progress, question: "Contact to share", detail: "email, phone or URL (optional)")
    case .showCard: return FlowHeading(progress: progress, question: "Show your card on the screens?")
    case .shareContact: return FlowHeading(progress: progress, question: "Share your contact as a QR code?")
    case .summary: return FlowHeading(progress: progress, question: "Check your card")
    }
  }

  /// What answers the current step, under the heading.
  func body(width: Int, glyphs: GlyphSet) -> [FlowPiece] {
    let problem = FlowPiece.problem(wizard.error, width: width)
    switch wizard.step {
    case .name:
      let suggestions = NameSuggestionChoices.list(typed: wizard.name.text, selection: wizard.matchSelection, people: people, glyphs: glyphs)
      return [.field(InputField(wizard.name)), problem, .gap(1), .choices(suggestions)]
    case .role: return [.field(InputField(wizard.role)), problem]
    case .topic: return [.choices(topicChoices(glyphs: glyphs)), .gap(1), problem]
    case .offer: return [.field(InputField(wizard.offer)), problem]
    case .seek: return [.field(InputField(wizard.seek)), problem]
    case .contact: return [.field(InputField(wizard.contact)), problem]
    case .showCard:
      let note = "Yes: your card appears on the wall and the people screen. No: it is kept, but only you see it, with your code."
      return [.lines([YesNoChoice.spans(wizard.showCard)]), .gap(1), .paragraph(note, .muted, width: width), problem]
    case .shareContact:
      let note = "Yes: your contact is on your card for anyone to scan. No: it stays private."
      return [.lines([YesNoChoice.spans(wizard.shareContact)]), .gap(1), .paragraph(note, .muted, width: width), problem]
    case .summary:
      return [.card(preview), .gap(1), .lines(consent), .gap(1), problem]
    }
  }

  /// The topics, numbered, the chosen one marked ("1. For investors — Angels and funds").
  func topicChoices(glyphs: GlyphSet) -> ChoiceList {
    let items = topics.enumerated().map { index, topic -> [Span] in
      [Span("\(index + 1). ", .paneCount), Span(topic.title, .cardName)]
        + (topic.summary.isEmpty ? [] : [Span(" \(glyphs.dash) \(topic.summary)", .muted)])
    }
    return ChoiceList(items: items, selected: topics.isEmpty ? nil : wizard.topicIndex, rows: max(1, topics.count), centered: true)
  }

  /// The card as it will appear on the screens (the contact only if it is to be shared).
  var preview: DisplayCard {
    let (title, company) = PinWizard.split(role: wizard.role.trimmed)
    let topic = topics.indices.contains(wizard.topicIndex) ? [topics[wizard.topicIndex].title] : []
    let contact = wizard.contact.trimmed
    return DisplayCard(
      id: "preview", name: wizard.name.trimmed, title: title, company: company, topics: topic, offer: wizard.offer.trimmed,
      seek: wizard.seek.trimmed, contact: wizard.shareContact && !contact.isEmpty ? contact : nil, isPinned: true)
  }

  /// The consent answers in words: "Shown on the screens: No", "Contact shared as QR code: No".
  var consent: [[Span]] {
    ConsentLines.lines(
      shown: wizard.showCard ? "Yes" : "No", contactShared: wizard.shareContact && asksToShareContact,
      contactNote: asksToShareContact ? nil : "(no contact given)")
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    let screens = heading(glyphs: context.glyphs).screens(over: body(width: width, glyphs: context.glyphs), width: width, glyphs: context.glyphs)
    FlowColumn.best(screens, in: area, glyphs: context.glyphs).render(in: area, into: &buffer, context: context)
  }
}
