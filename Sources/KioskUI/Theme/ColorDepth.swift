/// How many colours the terminal can show; themes have a rendering for each.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable {
  /// 24-bit colour (direct-colour terminals).
  case truecolor
  /// The xterm 256-colour palette.
  case palette256
  /// The 8 basic colours (the Linux console, TERM=linux).
  case basic8
  /// No colour at all (TERM=vt100, or NO_COLOR set): attributes only.
  case monochrome
}
