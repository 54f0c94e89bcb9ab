/// RFC 2047 encoded words in a header (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) as text.
/// Whitespace between two encoded words is dropped, as the RFC says; adjacent words in the
/// same charset are joined before decoding, so a character split across two still reads.
/// Anything that is not a well-formed encoded word is kept as written.
enum EncodedWords {
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var pending: (charset: String, bytes: [UInt8])?
        var heldSpace = String.UnicodeScalarView()

        func flush() {
            if let word = pending {
                output.append(contentsOf: TextCharset.decode(word.bytes, charset: word.charset).unicodeScalars)
                pending = nil
            }
            output.append(contentsOf: heldSpace)
            heldSpace = String.UnicodeScalarView()
        }

        var index = 0
        while index < scalars.count {
            if let (charset, bytes, end) = word(in: scalars, at: index) {
                // The whitespace between two encoded words is not text.
                heldSpace = String.UnicodeScalarView()
                if pending?.charset == charset {
                    pending?.bytes += bytes
                } else {
                    flush()
                    pending = (charset, bytes)
                }
                index = end
                continue
            }
            let scalar = scalars[index]
            if pending != nil, scalar == " " || scalar == "\t" {
                heldSpace.append(scalar)
            } else {
                flush()
                output.append(scalar)
            }
            index += 1
        }
        flush()
        return String(output)
    }

    /// The encoded word starting at `start`: its charset (lower-cased, without an RFC 2231
    /// language), its bytes and where it ends.
    private static func word(in scalars: [Unicode.Scalar], at start: Int) -> (String, [UInt8], Int)? {
        guard start + 1 < scalars.count, scalars[start] == "=", scalars[start + 1] == "?" else { return nil }
        var index = start + 2
        var charset = ""
        while index < scalars.count, scalars[index] != "?" {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar.value > 0x20, scalar != "=" else { return nil }
            charset.unicodeScalars.append(scalar)
            index += 1
        }
        guard !charset.isEmpty, index + 2 < scalars.count, scalars[index + 2] == "?" else { return nil }
        let encoding = scalars[index + 1]
        index += 3
        var encoded: [UInt8] = []
        while index + 1 < scalars.count, !(scalars[index] == "?" && scalars[index + 1] == "=") {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar.value > 0x20, scalar != "?" else { return nil }
            encoded.append(UInt8(scalar.value))
            index += 1
        }
        guard index + 1 < scalars.count else { return nil }
        let bytes: [UInt8]
        switch encoding {
        case "B", "b":
            guard TransferEncoding.isBase64(encoded) else { return nil }
            bytes = TransferEncoding.base64(encoded)
        case "Q", "q":
            bytes = TransferEncoding.quotedPrintable(encoded, underscoreIsSpace: true)
        default:
            return nil
        }
        let name = charset.split(separator: "*", maxSplits: 1).first.map(String.init) ?? charset
        return (name.lowercased(), bytes, index + 2)
    }
}
