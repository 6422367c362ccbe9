import CNcursesw
import EventState

/// Turns what the terminal sends (a decoded character, or a function key code) into `KeyPress` values.
enum KeyTranslation {
  /// A character read (not a function key).
  static func character(_ code: UInt32) -> KeyPress {
    switch code {
    case 0x0A, 0x0D: return .enter
    case 0x1B: return .escape
    case 0x09: return .tab
    case 0x08, 0x7F: return .backspace
    case 0x00: return .control("@")
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
    case 0x1C...0x1F: return .unknown(Int32(code))
    default:
      guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
      return .character(Character(scalar))
    }
  }

  /// A function key (a `wgetch` code above 255).
  static func functionKey(_ code: Int32) -> KeyPress {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case mingle_KEY_F(1)...mingle_KEY_F(12): return .function(Int(code - mingle_KEY_F(0)))
    default: return .unknown(code)
    }
  }
}
