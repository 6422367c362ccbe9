/// Something that draws itself into a rectangle of a cell buffer. Views hold the data they show;
/// they never keep state between frames (what changes with time is derived from `RenderContext.now`).
public protocol View {
  /// Draws into `area` of `buffer`, never outside it.
  func render(in area: Rect, into buffer: inout CellBuffer, context: RenderContext)
}
