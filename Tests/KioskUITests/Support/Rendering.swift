import Foundation
import KioskUI

/// Draws `view` into a fresh `width`×`height` buffer (saved for `Preview` under `name`).
func render(_ view: some View, width: Int, height: Int, context: RenderContext = Demo.context(), name: String? = nil) -> CellBuffer {
  var buffer = CellBuffer(width: width, height: height)
  view.render(in: buffer.area, into: &buffer, context: context)
  Preview.save(buffer, name: name ?? "\(type(of: view))")
  return buffer
}

/// Writes rendered buffers as text files when `MINGLE_PREVIEW_DIR` is set, to look at layouts by eye.
enum Preview {
  static func save(_ buffer: CellBuffer, name: String) {
    guard let directory = ProcessInfo.processInfo.environment["MINGLE_PREVIEW_DIR"] else { return }
    let name = "\(name)-\(buffer.width)x\(buffer.height)-\(UUID().uuidString.prefix(6)).txt"
    let text = buffer.lines.joined(separator: "\n") + "\n"
    try? text.write(toFile: (directory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
  }
}

extension CellBuffer {
  /// The role of the cell where `text` first starts on row `y`.
  func role(of text: String, onRow y: Int) -> StyleRole? {
    guard let range = lines[y].range(of: text) else { return nil }
    let prefix = lines[y][..<range.lowerBound]
    return self[DisplayWidth.of(String(prefix)), y].role
  }

  /// The row whose text contains `text`, if any.
  func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

  /// Everything drawn, as one string (for "contains" checks).
  var text: String { lines.joined(separator: "\n") }
}
