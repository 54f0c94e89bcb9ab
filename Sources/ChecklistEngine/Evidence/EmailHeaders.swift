import Foundation

/// The header block of an email (RFC 5322): its fields in order, unfolded, and the four a
/// person reads (From, To, Date, Subject) decoded and made safe to print.
public struct EmailHeaders: Sendable, Equatable {
    /// One field: its name (printable ASCII) and its value.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// The fields as written, values unfolded but not decoded (bytes that are not UTF-8 read
    /// as windows-1252) and not yet safe to print: `text`, `summary` and `decodedFields` are.
    private(set) var fields: [Field]

    /// Bounds against hostile files: a field's raw length, the number of fields, and the
    /// length of a summary text (the full value stays in the stored file).
    public static let maximumFieldBytes = 16 * 1024
    public static let maximumFields = 1000
    public static let summaryLength = 300

    /// The fields of `block` (the header lines, up to the empty line; a longer input stops
    /// there). A line that is neither a field nor a continuation is skipped.
    public init(parsing block: some Collection<UInt8>) {
        var fields: [Field] = []
        var name: [UInt8]?
        var value: [UInt8] = []
        func finish() {
            if let name, fields.count < Self.maximumFields {
                let text = TextCharset.guess(value).trimmingCharacters(in: .whitespaces)
                fields.append(Field(name: TextCharset.guess(name), value: text))
            }
            name = nil
            value = []
        }
        for line in Self.lines(Array(block)[...]) {
            if line.isEmpty { break }
            if line[line.startIndex] == 0x20 || line[line.startIndex] == 0x09 {
                // Unfolding removes the line break and keeps the whitespace after it.
                if name != nil { Self.append(line, to: &value) }
                continue
            }
            finish()
            guard let colon = Self.fieldNameEnd(line) else { continue }
            name = Array(line[line.startIndex..<colon]).filter { $0 != 0x20 && $0 != 0x09 }
            Self.append(line[(colon + 1)...], to: &value)
        }
        finish()
        self.fields = fields
    }

    private static func append(_ bytes: ArraySlice<UInt8>, to value: inout [UInt8]) {
        value.append(contentsOf: bytes.prefix(max(0, maximumFieldBytes - value.count)))
    }

    /// The first field named `name` (any case), unfolded but not decoded, not safe to print.
    func raw(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// The first field named `name`, decoded, one safe line of at most `summaryLength`
    /// characters; nil when the email lacks it or it is blank.
    public func text(_ name: String) -> String? {
        raw(name).flatMap { Self.displayLine(EncodedWords.decode($0)) }
    }

    public var from: String? { text("From") }
    public var to: String? { text("To") }
    public var subject: String? { text("Subject") }
    /// The `Date:` as an instant; nil when missing or unreadable.
    public var date: Date? { raw("Date").flatMap(EmailDate.parse) }

    public var summary: EmailSummary { EmailSummary(from: from, to: to, subject: subject, date: date) }

    /// Every field in order, decoded, each value one safe line (of at most
    /// `maximumFieldBytes` before decoding): the full headers, for the dossier.
    public var decodedFields: [Field] {
        fields.map { Field(name: $0.name, value: Self.displayLine(EncodedWords.decode($0.value), limit: nil) ?? "") }
    }

    /// One line without controls, runs of whitespace made one space, cut to `limit` characters.
    static func displayLine(_ text: String, limit: Int? = summaryLength) -> String? {
        let words = SafeText.line(text).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let line = words.joined(separator: " ")
        guard let limit, line.count > limit else { return line }
        return String(line.prefix(limit - 1)) + "…"
    }

    // MARK: Lines

    /// The lines of `bytes` without their line ends (LF or CRLF), as slices of it.
    static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
            lines.append(bytes[start..<end])
            start = index + 1
        }
        if start < bytes.endIndex { lines.append(bytes[start...]) }
        return lines
    }

    /// Where the colon of a field line is: a name of printable ASCII without a colon, then
    /// optional whitespace (the obsolete syntax) before it.
    static func fieldNameEnd(_ line: ArraySlice<UInt8>) -> Int? {
        var index = line.startIndex
        while index < line.endIndex, (33...126).contains(line[index]), line[index] != UInt8(ascii: ":") { index += 1 }
        guard index > line.startIndex else { return nil }
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        return index < line.endIndex && line[index] == UInt8(ascii: ":") ? index : nil
    }
}
