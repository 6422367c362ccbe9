/// What an attendee is doing at the keyboard. While a flow is open the rotation of this kiosk pauses.
public enum AttendeeFlow: Sendable, Hashable {
  case pin(PinWizard)
  case openMic(OpenMicWizard)
  case find(FindPeople)
  case manage(ManageCard)
  /// A write was sent to the store; nothing is confirmed until it has committed.
  case saving(Saving)
  /// The write committed: what to tell the person.
  case done(FlowConfirmation)
}

/// A write on its way to the store, and the flow to return to if it fails.
public struct Saving: Sendable, Hashable {
  public var mutation: StoreMutation
  /// The flow the write came from (shown again, answers kept, when it fails).
  public var origin: OriginFlow
  /// Why the last try failed, if it did; Enter tries again with the same mutation id.
  public var failure: String?

  public init(mutation: StoreMutation, origin: OriginFlow, failure: String? = nil) {
    self.mutation = mutation
    self.origin = origin
    self.failure = failure
  }

  /// Flows a write can come from.
  public enum OriginFlow: Sendable, Hashable {
    case pin(PinWizard)
    case openMic(OpenMicWizard)
    case manage(ManageCard)
  }
}

/// The confirmation shown once a write has committed.
public enum FlowConfirmation: Sendable, Hashable {
  /// "Pinned to <topic>", with the personal code; `shown` tells whether the card is on the screens.
  case pinned(topic: String, code: String, shown: Bool, updated: Bool)
  /// "You're number N" in the open-mic queue.
  case queued(position: Int)
  /// Already in the queue: their position, nothing written.
  case alreadyQueued(position: Int)
  /// The card and its personal data are gone.
  case deleted
}
