import EventState

/// The strip above the rotating screens while someone speaks and event.toml asks for
/// `board = "strip"`: "Now speaking: Priya Raman · A tool that… · 2:12 left · Up next: Tom, Yara".
/// One row on a small display; a box titled "Now speaking" around that row on a large one. Where
/// room is short it leaves out, in turn, names from "Up next", "Up next" itself, the end of the pitch,
/// the pitch, the label and the end of the name: the countdown always stays.
public struct LiveSpeakerStrip: View {
  /// The live speaker.
  public var speaker: OpenMicEntry
  /// Who speaks next, in speaking order.
  public var upNext: [OpenMicEntry]

  /// The strip for `speaker`, with `upNext` in the order they will speak.
  public init(speaker: OpenMicEntry, upNext: [OpenMicEntry]) {
    self.speaker = speaker
    self.upNext = upNext
  }

  /// Names "Up next" lists at most.
  static let upNextNames = 3
  /// Columns a shortened pitch keeps at least; with less room it is left out.
  static let shortestPitch = 12

  /// Rows the strip takes on a display of `columns`×`rows`: a box of three rows on a large display,
  /// one row otherwise.
  public static func height(columns: Int, rows: Int) -> Int { columns >= 120 && rows >= 40 ? 3 : 1 }

  /// The line for `width` columns; `labelled` starts it with "Now speaking:".
  func line(width: Int, labelled: Bool, context: RenderContext) -> [Span] {
    let ellipsis = context.glyphs.ellipsis
    let separator = Span(" \(context.glyphs.separator) ", .muted)
    let label = labelled ? [Span("Now speaking: ", .micLive)] : []
    let name = Span(speaker.name, .micLive)
    let time = MicCountdown(entry: speaker, now: context.now).map { Span($0.statusText, $0.role) } ?? Span(MicCountdown.slot(of: speaker), .muted)
    let pitch = speaker.pitch.isEmpty ? [] : [Span(speaker.pitch, .micPitch), separator]
    func next(_ count: Int) -> [Span] {
      [separator, Span("Up next: ", .muted), Span(upNext.prefix(count).map(\.name).joined(separator: ", "), .micUpNext)]
    }
    var candidates = stride(from: min(Self.upNextNames, upNext.count), through: 1, by: -1).map { label + [name, separator] + pitch + [time] + next($0) }
    candidates.append(label + [name, separator] + pitch + [time])
    let pitchRoom = width - Span.width(of: label + [name, separator, separator, time])
    if !speaker.pitch.isEmpty, pitchRoom >= Self.shortestPitch {
      candidates.append(label + [name, separator] + Span.cut([Span(speaker.pitch, .micPitch)], to: pitchRoom, ellipsis: ellipsis) + [separator, time])
    }
    candidates += [label + [name, separator, time], [name, separator, time]]
    if let fitting = candidates.first(where: { Span.width(of: $0) <= width }) { return fitting }
    let nameRoom = width - Span.width(of: [separator, time])
    guard nameRoom > DisplayWidth.of(ellipsis) else { return [time] }
    return Span.cut([name], to: nameRoom, ellipsis: ellipsis) + [separator, time]
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    guard !area.isEmpty else { return }
    let ellipsis = context.glyphs.ellipsis
    guard area.height >= 3 else {
      buffer.write(line(width: area.width, labelled: true, context: context), in: area, y: area.y, ellipsis: ellipsis)
      return
    }
    Box(title: [Span("Now speaking", .micLive)]).render(in: area, into: &buffer, context: context)
    let content = Box.content(of: area)
    buffer.write(line(width: content.width, labelled: false, context: context), in: content, y: content.y, ellipsis: ellipsis)
  }
}
