import KioskUI

/// Turns the cells of a buffer into a greyscale picture as a phone camera would see the screen: each
/// cell is `scale` pixels wide and two modules of `scale`×`scale` pixels tall (the upper and lower
/// half). Only cells in the `qrCode` role can be dark; everything else is the light ground.
struct CellRaster {
  let width: Int
  let height: Int
  /// Row-major, 0 black, 255 white.
  let pixels: [UInt8]

  init(_ buffer: CellBuffer, scale: Int = 4) {
    width = buffer.width * scale
    height = buffer.height * 2 * scale
    var pixels = [UInt8](repeating: 255, count: width * height)
    for y in 0..<buffer.height {
      for x in 0..<buffer.width where buffer[x, y].role == .qrCode {
        let glyph = buffer[x, y].grapheme
        let halves = [glyph == "▀" || glyph == "█", glyph == "▄" || glyph == "█"]
        for (half, dark) in halves.enumerated() where dark {
          for py in 0..<scale {
            let row = (2 * y + half) * scale + py
            for px in 0..<scale { pixels[row * width + x * scale + px] = 0 }
          }
        }
      }
    }
    self.pixels = pixels
  }

  /// The picture as a binary PGM file (P5).
  var pgm: [UInt8] { Array("P5\n\(width) \(height)\n255\n".utf8) + pixels }
}
