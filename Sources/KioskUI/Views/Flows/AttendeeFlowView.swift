import EventState

/// The open attendee flow, in the body of the kiosk screen instead of the rotation.
public struct AttendeeFlowView: View {
  /// What the attendee is doing.
  public var flow: AttendeeFlow
  /// The event's topics, in order.
  public var topics: [Topic]
  /// The public cards, as the reducer matches and searches them.
  public var people: [DisplayCard]
  /// Makes the QR codes of shared contacts; nil writes contacts as text.
  public var qrCodes: QRCodeProvider?

  /// The view of `flow` in an event with `topics` and `people`, drawing contact codes with `qrCodes`
  /// when given.
  public init(flow: AttendeeFlow, topics: [Topic], people: [DisplayCard], qrCodes: QRCodeProvider? = nil) {
    self.flow = flow
    self.topics = topics
    self.people = people
    self.qrCodes = qrCodes
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    switch flow {
    case .pin(let wizard): PinWizardView(wizard: wizard, topics: topics, people: people).render(in: area, into: &buffer, context: context)
    case .openMic(let wizard): OpenMicWizardView(wizard: wizard, people: people).render(in: area, into: &buffer, context: context)
    case .find(let find): FindPeopleView(find: find, people: people, qrCodes: qrCodes).render(in: area, into: &buffer, context: context)
    case .manage(let manage): ManageCardView(manage: manage, topics: topics).render(in: area, into: &buffer, context: context)
    case .saving(let saving): SavingView(saving: saving).render(in: area, into: &buffer, context: context)
    case .done(let confirmation): ConfirmationView(confirmation: confirmation).render(in: area, into: &buffer, context: context)
    }
  }
}
