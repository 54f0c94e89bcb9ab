import Foundation

/// One email as saved from a mail program (an `.eml` file, RFC 5322): its headers and a
/// short plain text of its body, for the record and the dossier.
public struct EmailMessage: Sendable, Equatable {
    public var headers: EmailHeaders
    /// The body as plain text (see `EmailText`), or nil when it has no text part.
    public var text: String?

    /// Headers are looked for in this many first bytes at most.
    static let maximumHeaderBytes = 1024 * 1024

    /// Reads `data` leniently: whatever it holds, some headers (maybe none) and maybe a text.
    /// A single mbox `From ` line before the headers is skipped; a mailbox of several
    /// messages is the caller's to refuse (`messageCount`).
    public init(parsing data: some Collection<UInt8>) {
        var bytes = Array(data)[...]
        if bytes.starts(with: Self.mboxSeparator), let end = bytes.firstIndex(of: 0x0A) {
            bytes = bytes[(end + 1)...]
        }
        let (header, body) = Self.split(bytes)
        headers = EmailHeaders(parsing: header)
        text = EmailText.text(headers: headers, body: body)
    }

    // MARK: What a file is

    /// How many messages `data` holds: more than one only for a mailbox (mbox), whose
    /// messages each start with a `From ` line, at the start or after an empty line, that
    /// is followed by a header field.
    public static func messageCount(in data: some Collection<UInt8>) -> Int {
        let bytes = Array(data)
        guard bytes.starts(with: mboxSeparator) else { return 1 }
        let lines = EmailHeaders.lines(bytes[...])
        var count = 0
        for (index, line) in lines.enumerated() where line.starts(with: mboxSeparator) {
            guard index == 0 || lines[index - 1].isEmpty, index + 1 < lines.count,
                  EmailHeaders.fieldNameEnd(lines[index + 1]) != nil
            else { continue }
            count += 1
        }
        return max(count, 1)
    }

    /// Whether the first bytes of a file are an email's header block: every line a header
    /// field or its continuation, at least two fields mail uses and one that only mail has
    /// (plain notes that start "Subject: …" stay text). An mbox `From ` line may come first.
    static func looksLikeEmail(_ head: [UInt8]) -> Bool {
        guard !head.contains(0) else { return false }
        var lines = EmailHeaders.lines(head[...])
        // The sample may end inside a line: that one is not judged.
        if head.last != 0x0A, lines.count > 1 { lines.removeLast() }
        var rest = lines[...]
        let mbox = head.starts(with: mboxSeparator)
        if mbox { rest = rest.dropFirst() }
        var names: Set<String> = []
        for line in rest {
            if line.isEmpty { break }
            if line.first == 0x20 || line.first == 0x09 {
                guard !names.isEmpty else { return false }
                continue
            }
            guard let colon = EmailHeaders.fieldNameEnd(line) else { return false }
            names.insert(String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased().trimmingCharacters(in: .whitespaces))
        }
        let known = names.intersection(mailFields)
        if mbox { return !known.isEmpty }
        return known.count >= 2 && !known.isDisjoint(with: onlyMailFields)
    }

    private static let mboxSeparator = Array("From ".utf8)
    private static let onlyMailFields: Set<String> = ["from", "date", "message-id", "received", "return-path", "delivered-to"]
    private static let mailFields = onlyMailFields.union([
        "to", "cc", "bcc", "subject", "reply-to", "sender", "mime-version", "content-type",
        "content-transfer-encoding", "in-reply-to", "references", "dkim-signature", "x-mailer", "user-agent",
    ])

    /// The header block and the body of a message or a MIME part: they part at the first
    /// empty line (LF or CRLF); a part that starts with one has no headers.
    static func split(_ bytes: ArraySlice<UInt8>) -> (header: ArraySlice<UInt8>, body: ArraySlice<UInt8>) {
        let start = bytes.startIndex
        if bytes.first == 0x0A { return (bytes[start..<start], bytes.dropFirst()) }
        if bytes.starts(with: [0x0D, 0x0A]) { return (bytes[start..<start], bytes.dropFirst(2)) }
        let limit = min(bytes.endIndex, start + maximumHeaderBytes)
        var index = start
        while index < limit {
            if bytes[index] == 0x0A {
                // The header block ends with its last line, without that line's CR.
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                if index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { return (bytes[start..<end], bytes[(index + 2)...]) }
                if index + 2 < bytes.endIndex, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                    return (bytes[start..<end], bytes[(index + 3)...])
                }
            }
            index += 1
        }
        // No empty line: all headers (or a header block too long to be one), no body.
        return (bytes[start..<limit], bytes[limit..<limit])
    }
}
