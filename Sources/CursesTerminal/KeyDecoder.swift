import ChecklistUI
import CNcursesw

/// Turns what `wget_wch` returns into a `Key`; nil for what optout has no use for.
enum KeyDecoder {
    /// A key code (`wget_wch` returned `KEY_CODE_YES`).
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case optout_key_f(1)...optout_key_f(12): return .function(Int(code - optout_key_f(0)))
        default: return nil
        }
    }

    /// A character (`wget_wch` returned `OK`). In raw mode Ctrl-C arrives here as 3.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        case 28: return .control("\\")
        case 29: return .control("]")
        case 30: return .control("^")
        case 31: return .control("_")
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
