/// Makes text from files (catalogs, labels, notes) safe to print on a terminal: control
/// characters, escape sequences and bidirectional overrides are replaced by a visible `�`-like
/// marker instead of reaching the terminal raw.
public enum SafeText {
    /// The visible stand-in for a character that must not reach a terminal.
    public static let replacement: Character = "\u{FFFD}"

    /// One line: every control character (newlines too) becomes a replacement or a space.
    public static func line(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                result.unicodeScalars.append(" ")
            } else if isUnsafe(scalar) {
                result.append(replacement)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Several lines: newlines are kept, tabs become spaces, other controls are replaced.
    public static func block(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\t" {
                result.unicodeScalars.append(" ")
            } else if scalar == "\r" {
                continue
            } else if isUnsafe(scalar) {
                result.append(replacement)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0, DEL, C1 (CSI is 0x9B)
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        case 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    public static func containsUnsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0) && $0 != "\n" }
    }
}
