import EventState
import Foundation

/// The moderator PIN prompt: "Moderator PIN" as large as it fits (read across the room), the digits
/// typed so far masked in a box (one • per digit, `*` with ASCII glyphs), and what the last try
/// said: "Wrong PIN" with the tries left, "Locked · 240 s" (the seconds left) while wrong PINs lock the
/// prompt (this wins over any other message), why a PIN could not be checked, or how to set a PIN
/// when the event has none.
public struct PinPromptView: View {
  /// The digits typed and the last try's message.
  public var prompt: PinPrompt
  /// The wrong PINs counted in the store and the lock they caused.
  public var lockout: PinLockout
  /// Whether event.toml holds a moderator PIN.
  public var hasPIN: Bool

  /// The prompt of `prompt`, locked as `lockout` says, for an event with or without a PIN.
  public init(prompt: PinPrompt, lockout: PinLockout, hasPIN: Bool) {
    self.prompt = prompt
    self.lockout = lockout
    self.hasPIN = hasPIN
  }

  /// What stands for one typed digit.
  static func mask(glyphs: GlyphSet) -> String { glyphs == .ascii ? "*" : "•" }

  /// The typed digits as the field shows them: one mask character each.
  func masked(glyphs: GlyphSet) -> TextInput {
    TextInput(String(repeating: Self.mask(glyphs: glyphs), count: prompt.digits.count), limit: PinPrompt.maximumDigits)
  }

  /// What the prompt says under the field at `now`, line by line: the lock, a missing PIN (on two
  /// lines when it does not fit `width`, so the command stays whole) or a wrong one; nothing before
  /// the first try.
  func message(at now: Date, width: Int, glyphs: GlyphSet) -> [Span] {
    if let seconds = lockout.secondsLeft(at: now) {
      return [
        Span("Locked \(glyphs.separator) \(seconds) s", .warning),
        Span("Too many wrong PINs: try again later", .muted),
      ]
    }
    if !hasPIN || prompt.message == .noPIN {
      let (problem, command) = ("No moderator PIN is set.", "Run: mingle set-pin DIR")
      let line = "\(problem) \(command)"
      return DisplayWidth.of(line) <= width ? [Span(line, .warning)] : [Span(problem, .warning), Span(command, .warning)]
    }
    if case .notChecked(let reason) = prompt.message {
      return [Span("The PIN could not be checked", .warning), Span(reason, .muted)]
    }
    guard case .wrong(let attemptsLeft) = prompt.message else { return [] }
    let left: String
    switch attemptsLeft {
    case ...0: left = "The next wrong PIN locks the prompt"
    case 1: left = "1 try left before the prompt locks"
    default: left = "\(attemptsLeft) tries left before the prompt locks"
    }
    return [Span("Wrong PIN", .warning), Span(left, .muted)]
  }

  /// The screens for a column `width` wide at `now`, best first: the heading at each size over the
  /// field and the message (one blank row when there is none, so nothing jumps at the first try).
  func screens(width: Int, now: Date, glyphs: GlyphSet) -> [[FlowPiece]] {
    let heading = FlowHeading(question: "Moderator PIN", detail: "Type the PIN, then Enter")
    let lines = message(at: now, width: width, glyphs: glyphs)
    let message = lines.isEmpty ? [FlowPiece.problem(nil, width: width)] : lines.map { FlowPiece.paragraph($0.text, $0.role, width: width) }
    return heading.screens(over: [.field(InputField(masked(glyphs: glyphs)))] + message, width: width, glyphs: glyphs)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext) {
    let width = FlowColumn.width(in: area)
    FlowColumn.best(screens(width: width, now: context.now, glyphs: context.glyphs), in: area, glyphs: context.glyphs)
      .render(in: area, into: &buffer, context: context)
  }
}
