import Foundation

/// Decodes QR codes in pictures with Debian's zbarimg (zbar-tools).
enum Zbar {
  static let path = "/usr/bin/zbarimg"

  /// The bytes of the code zbar finds in `pgm` (written to a temporary file) as `zbarimg --raw -q`
  /// prints them, without the line break it adds; nil when it finds none.
  static func decode(pgm: [UInt8]) throws -> [UInt8]? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("mingle-qr-\(UUID().uuidString).pgm")
    try Data(pgm).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["--raw", "-q", file.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let bytes = Array(data)
    return bytes.last == 10 ? Array(bytes.dropLast()) : bytes
  }
}
