import Foundation

/// Bytes in a named character set (a MIME `charset`) as text. The sets European mail
/// uses are decoded here, the same on every platform; any other name reads as UTF-8 when
/// the bytes are valid UTF-8, else as windows-1252 (which gives every byte a character).
enum TextCharset {
    static func decode(_ bytes: some Collection<UInt8>, charset: String?) -> String {
        switch charset.map(normalised) {
        case "utf-8", "utf8":
            return String(decoding: bytes, as: UTF8.self)
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso-ir-100", "cp819":
            // ISO-8859-1 is the first 256 code points; ASCII mail with stray 8-bit bytes reads the same.
            return String(String.UnicodeScalarView(bytes.map(Unicode.Scalar.init)))
        case "windows-1252", "cp1252", "x-cp1252":
            return windows1252(bytes)
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9":
            return String(String.UnicodeScalarView(bytes.map(latin9)))
        default:
            return guess(bytes)
        }
    }

    /// Header bytes outside encoded words: UTF-8 (RFC 6532) when valid, else windows-1252.
    static func guess(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    private static func normalised(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { byte in
            // The five bytes windows-1252 leaves undefined keep their Latin-1 (control) meaning,
            // which SafeText later shows as a replacement.
            guard (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(cp1252High[Int(byte - 0x80)]), scalar != "\0" else {
                return Unicode.Scalar(byte)
            }
            return scalar
        }))
    }

    /// 0x80 to 0x9F in windows-1252; 0 where it defines nothing.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// ISO-8859-15 is Latin-1 with eight places changed (the euro sign among them).
    private static func latin9(_ byte: UInt8) -> Unicode.Scalar {
        latin9Changes[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte)
    }

    private static let latin9Changes: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]
}
