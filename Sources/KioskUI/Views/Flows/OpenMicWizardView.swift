import EventState

/// One step of the open-mic sign-up: "Join the open mic · step 2 of 4", the question in large
/// letters and its answer — the name with matching people, the one-line pitch with its counter,
/// the minutes as "1 2 [3] 4 5 minutes", or the sign-up to check.
public struct OpenMicWizardView: View {
  /// The sign-up and its answers.
  public var wizard: OpenMicWizard
  /// The public cards the name is matched against (as `NameSuggestions` is given them).
  public var people: [DisplayCard]

  /// The view of `wizard`, matching names among `people`.
  public init(wizard: OpenMicWizard, people: [DisplayCard]) {
    self.wizard = wizard
    self.people = people
  }

  /// The heading of the current step.
  func heading(glyphs: GlyphSet) -> FlowHeading {
    let count = OpenMicWizard.Step.allCases.count
    let progress = "Join the open mic \(glyphs.separator) step \(wizard.step.rawValue + 1) of \(count)"
    switch wizard.step {
    case .name: return FlowHeading(progress: progress, question: "Name")
    case .pitch: return FlowHeading(progress: progress, question: "Your pitch", detail: "One line: what will you talk about?")
    case .minutes: return FlowHeading(progress: progress, question: "How many minutes?")
    case .summary: return FlowHeading(progress: progress, question: "Check your sign-up")
    }
  }

  /// What answers the current step, under the heading.
  func body(width: Int, glyphs: GlyphSet) -> [FlowPiece] {
    let problem = FlowPiece.problem(wizard.error, width: width)
    switch wizard.step {
    case .name:
      let suggestions = NameSuggestionChoices.list(typed: wizard.name.text, selection: wizard.matchSelection, people: people, glyphs: glyphs)
      return [.field(InputField(wizard.name)), problem, .gap(1), .choices(suggestions)]
    case .pitch:
      return [.field(InputField(wizard.pitch)), problem]
    case .minutes:
      return [.lines([minuteChoice]), .gap(1), problem]
    case .summary:
      return [
        .paragraph(wizard.name.trimmed, .cardName, width: width),
        .paragraph(wizard.pitch.trimmed, .micPitch, width: width),
        .lines([[Span(wizard.minutes == 1 ? "1 minute" : "\(wizard.minutes) minutes", .muted)]]),
        .gap(1), problem,
      ]
    }
  }

  /// "1 2 [3] 4 5 minutes", the chosen number bracketed and highlighted.
  var minuteChoice: [Span] {
    let numbers = OpenMicWizard.minutesRange.map { minutes in
      minutes == wizard.minutes ? Span("[\(minutes)]", .screenActive) : Span("\(minutes)", .text)
    }
    return numbers.flatMap { [$0, Span(" ", .text)] } + [Span("minutes", .muted)]
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    let screens = heading(glyphs: context.glyphs).screens(over: body(width: width, glyphs: context.glyphs), width: width, glyphs: context.glyphs)
    FlowColumn.best(screens, in: area, glyphs: context.glyphs).render(in: area, into: &buffer, context: context)
  }
}
