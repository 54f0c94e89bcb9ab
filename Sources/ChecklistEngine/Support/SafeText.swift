import Foundation

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

/// JSON that is safe to print on a terminal: the raw UTF-8 of C1 controls (U+0080 to U+009F,
/// CSI among them), bidirectional controls and the line and paragraph separators becomes
/// `\u` escapes (four hex digits). Such bytes only occur inside JSON strings, so the value is unchanged.
public enum SafeJSON {
    public static func escape(_ data: Data) -> Data {
        var output = Data()
        output.reserveCapacity(data.count)
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                output.append(contentsOf: unicodeEscape(UInt32(bytes[index + 1])))
                index += 2
                continue
            }
            if (byte == 0xE2 || byte == 0xEF), index + 2 < bytes.count {
                let value = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                if let scalar = Unicode.Scalar(value), SafeText.isUnsafe(scalar) || value == 0x2028 || value == 0x2029 {
                    output.append(contentsOf: unicodeEscape(value))
                    index += 3
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return Array("\\u".utf8) + [12, 8, 4, 0].map { hex[Int((value >> UInt32($0)) & 0xF)] }
    }
}
