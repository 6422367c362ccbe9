import ContactCode
import KioskUI
import Testing

/// libqrencode through the system library: byte mode, level M, the smallest version that holds the data,
/// UTF-8 marked when the text needs it.
@Suite struct QREncoderTests {
  /// Whether the 7×7 finder pattern (a dark ring, a light ring, a dark 3×3 core) sits at (x, y).
  func hasFinder(_ matrix: QRMatrix, x: Int, y: Int) -> Bool {
    (0..<7).allSatisfy { dy in
      (0..<7).allSatisfy { dx in
        let ring = max(abs(dx - 3), abs(dy - 3))
        return matrix[x + dx, y + dy] == (ring != 2)
      }
    }
  }

  @Test func aShortTextFitsTheSmallestVersion() throws {
    let matrix = try #require(QREncoder.matrix(for: "mingle"))
    #expect(matrix.size == 21)
    #expect(hasFinder(matrix, x: 0, y: 0))
    #expect(hasFinder(matrix, x: 14, y: 0))
    #expect(hasFinder(matrix, x: 0, y: 14))
  }

  /// Level M holds 14 bytes in version 1 and 26 in version 2: level L would fit 17 bytes in version 1.
  @Test func theErrorCorrectionLevelIsM() throws {
    #expect(try #require(QREncoder.matrix(for: [UInt8](repeating: 0x61, count: 14))).size == 21)
    #expect(try #require(QREncoder.matrix(for: [UInt8](repeating: 0x61, count: 15))).size == 25)
  }

  @Test func aVCardTakesAVersionThatHoldsIt() throws {
    let matrix = try #require(QREncoder.matrix(for: [UInt8](repeating: 0x41, count: 230)))
    // Version 11 (61 modules) holds 251 bytes at level M, version 10 only 213.
    #expect(matrix.size == 61)
  }

  @Test func emptyOrTooMuchDataHasNoCode() {
    #expect(QREncoder.matrix(for: "") == nil)
    #expect(QREncoder.matrix(for: [UInt8](repeating: 0x61, count: 2332)) == nil, "version 40 at level M holds 2331 bytes")
    #expect(QREncoder.matrix(for: [UInt8](repeating: 0x61, count: 2331))?.size == 177)
  }

  @Test func asciiTextIsEncodedAsItsBytes() {
    let text = "BEGIN:VCARD"
    #expect(QREncoder.matrix(for: text) == QREncoder.matrix(for: Array(text.utf8)))
  }

  /// The UTF-8 mark (ECI 26) takes room: 14 bytes that fit version 1 unmarked need version 2 marked.
  @Test func textBeyondASCIIIsMarkedAsUTF8() throws {
    let fourteen = "Zoë Martin, G"
    #expect(fourteen.utf8.count == 14)
    #expect(try #require(QREncoder.matrix(for: Array(fourteen.utf8))).size == 21, "unmarked, 14 bytes fit version 1")
    #expect(try #require(QREncoder.matrix(for: fourteen)).size == 25, "the mark moves them to version 2")
  }
}
