import Foundation

import EventState

/// Reads a `--screens` list ("wall", "cards,tips") and builds the rotation it asks for.
enum ScreenSelection {
  /// A name in the list that is not a screen.
  struct UnknownScreen: Error, CustomStringConvertible {
    var name: String
    var description: String {
      "unknown screen '\(name)' (screens: \(ScreenKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
  }

  /// The screens named in `list`, in order.
  static func parse(_ list: String) throws -> [ScreenKind] {
    let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    guard !names.isEmpty else { throw UnknownScreen(name: list) }
    return try names.map { name in
      guard let screen = ScreenKind(rawValue: name) else { throw UnknownScreen(name: name) }
      return screen
    }
  }

  /// The rotation for `screens`, keeping each screen's seconds from `rotation` (20 s when it has none).
  static func rotation(_ screens: [ScreenKind], from rotation: [RotationStep]) -> [RotationStep] {
    screens.map { screen in
      RotationStep(screen: screen, seconds: rotation.first { $0.screen == screen }?.seconds ?? 20)
    }
  }
}
