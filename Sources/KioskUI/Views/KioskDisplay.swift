import EventState

/// The whole kiosk screen: header, the announcement banner, the current rotation screen, footer. While
/// an attendee flow is open the flow replaces the screen. While someone speaks at the open mic, the
/// open-mic board replaces it (event.toml's default `board = "takeover"`), or a strip above it tells
/// who is speaking (`board = "strip"`) while the rotation goes on. Below `MinimumSize` it shows only a
/// request to enlarge the terminal.
public struct KioskDisplay: View {
  /// The event: header, topics and rotation.
  public var event: EventConfig
  /// Who and what may be shown (consent already applied).
  public var directory: PublicDirectory
  /// The networking tips.
  public var tips: [Tip]
  /// The kiosk: current screen, visits, rotation and live state.
  public var kiosk: KioskState
  /// Keys shown in the footer.
  public var keyHints: [KeyHint]
  /// Makes the QR codes of shared contacts; nil shows contacts as text only.
  public var qrCodes: QRCodeProvider?

  /// The kiosk screen for `kiosk` in `event`, drawing contact codes with `qrCodes` when given.
  public init(event: EventConfig, directory: PublicDirectory, tips: [Tip], kiosk: KioskState, keyHints: [KeyHint], qrCodes: QRCodeProvider? = nil) {
    self.event = event
    self.directory = directory
    self.tips = tips
    self.kiosk = kiosk
    self.keyHints = keyHints
    self.qrCodes = qrCodes
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard area.width >= MinimumSize.columns, area.height >= MinimumSize.rows else {
      TooSmallView(columns: area.width, rows: area.height).render(in: area, into: &buffer, context: context)
      return
    }
    buffer.fill(area, role: .background)
    let (header, belowHeader) = area.splitTop(area.height >= 40 ? 3 : 1)
    HeaderView(event: event).render(in: header, into: &buffer, context: context)
    var rest = belowHeader
    let banner = AnnouncementBanner(kiosk.live.announcements, now: context.now)
    if !banner.isEmpty {
      let (bannerRow, below) = rest.splitTop(1)
      banner.render(in: bannerRow, into: &buffer, context: context)
      rest = below
    }
    var (middle, footer) = rest.splitBottom(1)
    FooterView(keyHints: keyHints, indicator: RotationIndicator(steps: kiosk.clock.steps, current: kiosk.currentStep))
      .render(in: footer, into: &buffer, context: context)
    let margin = area.width >= 120 ? 2 : 1
    if showsLiveStrip, let speaker = kiosk.live.liveSpeaker {
      let (strip, below) = middle.splitTop(LiveSpeakerStrip.height(columns: area.width, rows: area.height))
      LiveSpeakerStrip(speaker: speaker, upNext: kiosk.live.upNext(event.openMic)).render(in: strip.inset(dx: margin), into: &buffer, context: context)
      middle = below
    }
    let top = area.height >= 20 ? 1 : 0, bottom = area.height >= 30 ? 1 : 0
    let body = Rect(x: middle.x, y: middle.y + top, width: middle.width, height: middle.height - top - bottom)
      .inset(dx: margin)
    if let session = kiosk.moderator {
      ModeratorView(session: session, live: kiosk.live, event: event, auditLog: kiosk.auditLog, folderWarnings: kiosk.folderWarnings)
        .render(in: body, into: &buffer, context: context)
    } else if let flow = kiosk.flow {
      AttendeeFlowView(flow: flow, topics: event.topics, people: directory.people, qrCodes: qrCodes).render(in: body, into: &buffer, context: context)
    } else if kiosk.showsLiveBoard {
      OpenMicScreen(live: kiosk.live, settings: event.openMic).render(in: body, into: &buffer, context: context)
    } else {
      screen.render(in: body, into: &buffer, context: context)
    }
  }

  /// Whether the live strip runs above the rotating screen: someone is live, event.toml asks for the
  /// strip, nobody is using this kiosk's keyboard, and the open-mic screen (which shows the whole
  /// board) is not the one up.
  var showsLiveStrip: Bool {
    event.openMic.board == .strip && kiosk.live.liveSpeaker != nil && kiosk.flow == nil && kiosk.moderator == nil
      && kiosk.screen != .openmic
  }

  /// The view of the screen the rotation shows now.
  var screen: any View {
    let seconds = kiosk.clock.steps[kiosk.currentStep].seconds
    switch kiosk.screen {
    case .cards: return CardsScreen(
        people: directory.people, visit: kiosk.visit, screenSeconds: seconds, qrCodes: qrCodes, contacts: directory.peopleContacts,
        memo: directory.memo)
    case .wall: return WallScreen(
        wall: directory.wall, visit: kiosk.visit, screenSeconds: seconds, qrCodes: qrCodes, contacts: directory.wallContacts)
    case .tips: return TipsScreen(tips: tips, visit: kiosk.visit)
    case .openmic: return OpenMicScreen(live: kiosk.live, settings: event.openMic)
    case .spotlight: return SpotlightScreen(people: directory.people, visit: kiosk.visit, screenSeconds: seconds, qrCodes: qrCodes)
    }
  }
}
