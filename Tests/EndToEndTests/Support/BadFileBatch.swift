import Testing

/// Bad-file cases that one running kiosk goes through one after the other: cases whose marker shows
/// on the same rotation screen, a few at a time so that several kiosks work through the table at once.
struct BadFileBatch: Sendable, CustomTestStringConvertible {
  /// Most cases one kiosk goes through (each takes two to three seconds).
  static let size = 4

  /// The cases, in the order the kiosk goes through them.
  let cases: [BadFileCase]

  /// The screen the kiosk shows.
  var screen: String { cases[0].file.screen }

  var testDescription: String { cases.map(\.testDescription).joined(separator: ", ") }

  /// Every case of `BadFileCase.all`, in batches of the same screen.
  static let all: [BadFileBatch] = ["tips", "cards"].flatMap { screen in
    let cases = BadFileCase.all.filter { $0.file.screen == screen }
    return stride(from: 0, to: cases.count, by: size).map { BadFileBatch(cases: Array(cases[$0..<min($0 + size, cases.count)])) }
  }
}
