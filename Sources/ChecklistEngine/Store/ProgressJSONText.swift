import Foundation

/// The texts of the progress file: UTF-8 bytes to String, and JSON's escapes undone, giving
/// nil wherever Foundation's decoder would refuse the text.
enum ProgressJSONText {
    /// The text of valid UTF-8 bytes; nil when they are not valid UTF-8.
    ///
    /// `String(validating:as:)` is generic down to its Unicode decoding (metadata lookups for
    /// every text: half the time of a load). `String(decoding:as:)` takes the fast,
    /// non-generic path, and repairs what is invalid with U+FFFD: the text keeps exactly the
    /// bytes it was given only when they were valid.
    static func string(_ utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        var text = String(decoding: utf8, as: UTF8.self)
        if ascii { return text }
        let same = text.withUTF8 { made in
            guard made.count == utf8.count else { return false }
            guard let left = made.baseAddress, let right = utf8.baseAddress else { return true }
            return memcmp(left, right, made.count) == 0
        }
        return same ? text : nil
    }

    /// The text of a string's bytes with JSON's escapes; nil for an escape JSON does not have,
    /// a `\u` surrogate that is not half of a pair, or bytes that are not UTF-8.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var ascii = true
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                ascii = ascii && byte < 0x80
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { return nil }
            index += 2
            switch raw[index - 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "u"):
                guard let scalar = escapedScalar(raw, &index) else { return nil }
                ascii = ascii && scalar.isASCII
                UTF8.encode(scalar) { out.append($0) }
            default: return nil
            }
        }
        return out.withUnsafeBufferPointer { string($0, ascii: ascii) }
    }

    /// The scalar of a `\u` escape and its four hex digits (read after the `\u`, at `index`), or
    /// of a pair of them for a scalar beyond U+FFFF; moves `index` past them.
    private static func escapedScalar(_ raw: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Unicode.Scalar? {
        guard let unit = hex4(raw, index) else { return nil }
        index += 4
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u"),
                  let low = hex4(raw, index + 2), (0xDC00...0xDFFF).contains(low) else { return nil }
            index += 6
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(unit)
        }
    }

    /// Four hex digits at `index`, either case.
    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32? {
        guard index + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = raw[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
