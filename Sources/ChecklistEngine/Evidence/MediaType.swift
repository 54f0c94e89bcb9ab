/// What a file is, by its first bytes (its name may say anything): the IANA media type.
/// A string underneath, so a record written by a later optout that knows more types still reads.
public struct MediaType: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let png = MediaType(rawValue: "image/png")
    public static let jpeg = MediaType(rawValue: "image/jpeg")
    public static let gif = MediaType(rawValue: "image/gif")
    public static let webp = MediaType(rawValue: "image/webp")
    public static let pdf = MediaType(rawValue: "application/pdf")
    public static let email = MediaType(rawValue: "message/rfc822")
    public static let text = MediaType(rawValue: "text/plain")
    public static let binary = MediaType(rawValue: "application/octet-stream")

    public var description: String { rawValue }

    /// How many first bytes `sniff` needs at most (the store reads this many before deciding).
    public static let sniffLength = 8192

    /// The type of a file whose first bytes are `head`. `complete` says `head` is the whole
    /// file; when it is not, a UTF-8 sequence cut at its end still counts as text.
    public static func sniff(_ head: some Collection<UInt8>, complete: Bool = true) -> MediaType {
        let bytes = Array(head.prefix(sniffLength))
        let isWhole = complete && head.count <= sniffLength
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if EmailMessage.looksLikeEmail(bytes) { return .email }
        if isText(bytes, complete: isWhole) { return .text }
        return .binary
    }

    /// Valid UTF-8 without NUL bytes nor the control characters text files never hold (tab,
    /// line ends, form feed and escape are text); `complete: false` forgives a sequence cut at the end.
    static func isText(_ bytes: [UInt8], complete: Bool) -> Bool {
        if bytes.contains(where: { $0 < 0x20 && !(0x09...0x0D).contains($0) && $0 != 0x1B }) { return false }
        var checked = bytes[...]
        if !complete {
            // Drop an unfinished sequence at the end: up to three bytes after the last lead byte.
            if let lead = bytes.indices.suffix(4).last(where: { bytes[$0] & 0xC0 != 0x80 }), bytes[lead] >= 0xC0 {
                let length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
                if bytes.count - lead < length { checked = bytes[..<lead] }
            }
        }
        var decoder = UTF8()
        var iterator = checked.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
